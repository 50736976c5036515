import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { registerAndVerify, signIn, uniqueEmail } from "./pages/accounts";
import { applicationForm, pdfBytes } from "./pages/application";
import { createUser, signInAs } from "./pages/staff";

async function newVerifiedInvestor(page: Page, sql: Parameters<typeof registerAndVerify>[1], tag: string) {
  const email = uniqueEmail(tag);
  await registerAndVerify(page, sql, email);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/en\/account$/);
  return email;
}

test.describe("residency application", () => {
  test("fill, leave, resume, upload, submit once, follow the timeline; another investor sees nothing", async ({ page, browser, sql }) => {
    test.setTimeout(180_000);
    await newVerifiedInvestor(page, sql, "applicant");
    await page.goto("/en/apply"); // checked with axe by the fixture, as every goto is
    await page.getByRole("button", { name: "Start the application" }).click();
    await expect(page).toHaveURL(/\/edit\/company$/);
    await expectAccessible(page);
    const applicationId = page.url().match(/applications\/([0-9a-f-]{36})/)![1]!;

    await applicationForm.company(page);
    await expectAccessible(page);
    await applicationForm.project(page);

    // Leave mid-way and come back later: /apply resumes at the step reached.
    await page.goto("/en");
    await page.goto("/en/apply");
    await expect(page).toHaveURL(new RegExp(`/applications/${applicationId}/edit/investment$`));

    // A bad amount gets a field error and keeps what was typed.
    await page.getByLabel("Total investment (RUB, excluding VAT)", { exact: true }).fill("1e309");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByText("Enter the amount in digits, for example 120 000 000.")).toBeVisible();
    await expect(page.getByLabel("Total investment (RUB, excluding VAT)", { exact: true })).toHaveValue("1e309");
    await applicationForm.investment(page);
    await applicationForm.contact(page);
    await expectAccessible(page);

    await page.getByLabel("Business plan", { exact: true }).setInputFiles({ name: "business-plan.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
    await expect(page.getByText("Uploaded: business-plan.pdf")).toBeVisible();
    // An .exe renamed .pdf is refused by its content.
    await page.getByLabel("Charter documents", { exact: true }).setInputFiles({ name: "charter.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 this is not a pdf") });
    await expect(page.getByText("Only PDF, JPEG and PNG files are accepted")).toBeVisible();
    await page.getByRole("link", { name: "Continue to review" }).click();
    await expect(page).toHaveURL(/\/edit\/review$/);
    await expectAccessible(page);
    await expect(page.getByText("Nordsee Werft Komponenten GmbH")).toBeVisible();
    await expect(page.getByText("Meets the published criteria.")).toBeVisible();

    await page.getByRole("button", { name: "Submit the application" }).dblclick();
    await expect(page).toHaveURL(/\/confirmation$/);
    const reference = (await page.getByTestId("reference").textContent())!.trim();
    expect(reference).toMatch(/^LOT-\d{4}-\d{5}$/);
    await expectAccessible(page);

    const rows = await sql`select count(*)::int as n from applications where reference = ${reference}`;
    expect(rows[0]!.n).toBe(1);
    const events = await sql`select to_status from application_events where application_id = ${applicationId}`;
    expect(events.map((e) => e.to_status)).toEqual(["submitted"]);
    const mails = await sql`select body from email_outbox where template = 'applicationReceived' and body like ${"%" + reference + "%"}`;
    expect(mails).toHaveLength(1);

    await page.getByRole("link", { name: "View the application" }).click();
    await expect(page.getByRole("heading", { name: `Application ${reference}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
    await expect(page.getByText("Our target for this stage")).toBeVisible();
    await expectAccessible(page);
    const documentHref = await page.getByRole("link", { name: "business-plan.pdf" }).getAttribute("href");

    // A second investor: 404 for the page, the document, and the actions.
    const other = await browser.newContext();
    const intruder = await other.newPage();
    await signInAs(intruder, (await createUser(sql, "investor", "Intruder")).email);
    expect((await intruder.goto(`/en/applications/${applicationId}`))?.status()).toBe(404);
    expect((await intruder.goto(`/en/applications/${applicationId}/edit/company`))?.status()).toBe(404);
    expect((await intruder.request.get(documentHref!)).status()).toBe(404);
    const upload = await intruder.request.post(`/api/applications/${applicationId}/documents/charter`, {
      headers: { "content-type": "application/octet-stream", "x-file-name": "x.pdf" },
      data: pdfBytes(),
    });
    expect(upload.status()).toBe(404);
    await other.close();
  });

  test("the same flow in Russian passes axe on every step", async ({ page, sql }) => {
    test.setTimeout(120_000);
    await signInAs(page, (await createUser(sql, "investor", "Иван Петров")).email);
    await page.goto("/ru/apply");
    await page.getByRole("button", { name: "Начать заявку" }).click();
    await expect(page).toHaveURL(/\/ru\/applications\/.+\/edit\/company$/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Сохранить и продолжить" }).click();
    await expect(page.getByText("Укажите полное наименование компании.")).toBeVisible();
    await expectAccessible(page);
    for (const step of ["project", "investment", "contact", "documents", "review"]) {
      await page.goto(page.url().replace(/\/edit\/\w+$/, `/edit/${step}`));
    }
    await page.goto("/ru/applications");
    await expect(page.getByRole("heading", { name: "Мои заявки" })).toBeVisible();
  });
});
