import { expect, test } from "./fixtures";
import { latestEmail, linkIn, register, registerAndVerify, signIn, STRONG_PASSWORD, uniqueEmail } from "./pages/accounts";

test.describe("investor accounts", () => {
  test("register, verify by the e-mailed link, sign in and out", async ({ page, sql, visit }) => {
    const email = uniqueEmail("register");
    await visit("/en/register");
    await register(page, email);
    const mail = await latestEmail(sql, email, "verifyEmail");
    expect(mail.locale).toBe("en");
    expect(mail.subject).toContain("Confirm your e-mail address");

    // Signed in but unverified: the account page says why applying is not possible yet.
    await signIn(page, email);
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByText("Your e-mail address is not confirmed yet")).toBeVisible();

    await visit(linkIn(mail.body));
    await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
    await expect(page.getByText("Your e-mail address is confirmed.")).toBeVisible();
    // The link is single-use.
    await page.goto(linkIn(mail.body));
    await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
    await expect(page.getByText("This link is not valid any more")).toBeVisible();

    await page.goto("/en/account");
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByText("Your e-mail address is not confirmed yet")).toHaveCount(0);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("a registration form with errors keeps what was typed and names each field", async ({ page }) => {
    await page.goto("/en/register");
    await page.getByLabel("Your name", { exact: true }).fill("Jan de Vries");
    await page.getByLabel("E-mail", { exact: true }).fill("not-an-address");
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page.getByText("Enter the company name.")).toBeVisible();
    await expect(page.getByText("Agree to the privacy notice")).toBeVisible();
    await expect(page.getByLabel("Your name", { exact: true })).toHaveValue("Jan de Vries");
    await expect(page.getByLabel("E-mail", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("a common password is refused by the server with a field error", async ({ page }) => {
    await page.goto("/en/register");
    await page.getByLabel("Your name", { exact: true }).fill("Lee Min-jun");
    await page.getByLabel("Company", { exact: true }).fill("Hanbit Shipyard Co.");
    await page.getByLabel("Country of the company", { exact: true }).selectOption("KR");
    await page.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("common"));
    await page.getByLabel("New password", { exact: true }).fill("password1234");
    await page.getByLabel(/privacy notice/).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();
    await expect(page.getByLabel("Company", { exact: true })).toHaveValue("Hanbit Shipyard Co.");
  });

  test("a wrong password and an unknown e-mail get the same answer; repeated failures slow down, never lock the owner out", async ({ page, sql }) => {
    test.setTimeout(150_000); // the slow-down itself: 1 + 2 + 4 + 8 s
    const email = uniqueEmail("throttle");
    await registerAndVerify(page, sql, email);
    await signIn(page, uniqueEmail("nobody"), "whatever-password-123");
    const unknown = await page.getByRole("alert").filter({ hasText: /./ }).first().textContent();
    await signIn(page, email, "wrong-password-0");
    const wrong = await page.getByRole("alert").filter({ hasText: /./ }).first().textContent();
    expect(wrong).toBe(unknown);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await signIn(page, email, `wrong-password-${attempt}`);
      await expect(page.getByText("The e-mail or password is not correct.")).toBeVisible();
    }
    // The 6th failure of this account from this address waits (lib/auth/sign-in-delay.ts: 1 s, 2 s, 4 s…).
    const started = Date.now();
    await signIn(page, email, "wrong-password-6");
    await expect(page.getByText("The e-mail or password is not correct.")).toBeVisible();
    expect(Date.now() - started).toBeGreaterThan(1500);
    // The right password still gets in: the hard limit is per address (30 in 15 minutes), not per account.
    await signIn(page, email, STRONG_PASSWORD);
    await expect(page).toHaveURL(/\/en\/account$/, { timeout: 30_000 }); // after the 8 s wait of the 7th attempt
  });

  test("a password reset ends every existing session", async ({ browser, page, sql }) => {
    const email = uniqueEmail("reset");
    await registerAndVerify(page, sql, email);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/en\/account$/);

    const other = await browser.newContext();
    const resetPage = await other.newPage();
    await resetPage.goto("/en/forgot-password");
    await resetPage.getByLabel("E-mail", { exact: true }).fill(email);
    await resetPage.getByRole("button", { name: "Send the link" }).click();
    await expect(resetPage.getByText("If an account exists for this address")).toBeVisible();
    const mail = await latestEmail(sql, email, "resetPassword");
    await resetPage.goto(linkIn(mail.body));
    await resetPage.getByLabel("New password", { exact: true }).fill("a brand new harbour passphrase");
    await resetPage.getByLabel("Repeat the new password", { exact: true }).fill("a brand new harbour passphrase");
    await resetPage.getByRole("button", { name: "Save the new password" }).click();
    await expect(resetPage.getByText("Your password has been changed")).toBeVisible();
    await other.close();

    // The old session (first browser context) is rejected on its next request.
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in/);
    await signIn(page, email, "a brand new harbour passphrase");
    await expect(page).toHaveURL(/\/en\/account$/);
  });

  test("an unknown e-mail on the reset form gets the same answer as a known one", async ({ page }) => {
    await page.goto("/en/forgot-password");
    await page.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("ghost"));
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByText("If an account exists for this address")).toBeVisible();
  });
});
