import { expect, test } from "@playwright/test";
import { base32Decode, totp } from "../../lib/auth/totp";
import { register, signIn, STRONG_PASSWORD, uniqueEmail } from "../pages/accounts";
import { applicationForm, pdfBytes } from "../pages/application";

// What a newcomer runs after `npm install && npm start`: the production build on
// the embedded database (PGlite), seeded with the demo accounts. No database
// access from the test (PGlite belongs to the server process): the e-mail link
// comes from the development mailbox, the staff key from the enrolment page,
// exactly as README "Demo accounts" tells a person. Run by `npm test` with
// E2E_EMBEDDED=1 (playwright.config.ts); axe is the main suite's job.
test("embedded database: sign up, apply, submit; staff see it in the queue", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("embedded");
  const company = `Wolga Smoke Components ${Date.now().toString(36)}`;

  await register(page, email);
  await page.goto("/en/dev/mailbox");
  const mail = page.getByRole("listitem").filter({ hasText: `To ${email}` }).first();
  const link = (await mail.locator("pre").textContent())!.match(/https?:\/\/\S+/)![0]!;
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(page.getByText("Your e-mail address is confirmed.")).toBeVisible();

  await signIn(page, email, STRONG_PASSWORD);
  await expect(page).toHaveURL(/\/en\/account$/);
  await page.goto("/en/apply");
  await page.getByRole("button", { name: "Start the application" }).click();
  await applicationForm.company(page, { legalName: company });
  await applicationForm.project(page);
  await applicationForm.investment(page);
  await applicationForm.contact(page);
  // The document goes to local disk under DATA_DIR (the default storage).
  await page.getByLabel("Business plan", { exact: true }).setInputFiles({ name: "business-plan.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
  await expect(page.getByText("Uploaded: business-plan.pdf")).toBeVisible();
  await page.getByRole("link", { name: "Continue to review" }).click();
  await page.getByRole("button", { name: "Submit the application" }).click();
  await expect(page).toHaveURL(/\/confirmation$/);
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect(reference).toMatch(/^LOT-\d{4}-\d{5}$/);

  // The demo staff account enrols its authenticator on first sign-in.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, "staff@demo.lotus", "caspian-staff-demo");
  await expect(staff).toHaveURL(/\/sign-in\/enrol/);
  const key = base32Decode((await staff.getByTestId("totp-key").textContent())!.replace(/\s+/g, ""));
  await staff.getByLabel("Authentication code", { exact: true }).fill(totp(key, Date.now() / 1000));
  await staff.getByRole("button", { name: "Confirm and sign in" }).click();
  await staff.getByRole("button", { name: "I have stored the codes, continue" }).click();
  await expect(staff).not.toHaveURL(/\/sign-in/);
  await staff.goto("/en/admin/applications");
  const row = staff.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText(company);
  await row.getByRole("link").first().click();
  await expect(staff.getByRole("heading", { name: new RegExp(company) }).first()).toBeVisible();
  await staffContext.close();
});
