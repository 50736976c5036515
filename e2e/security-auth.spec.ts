import { expect, test } from "./fixtures";
import { signIn, STRONG_PASSWORD } from "./pages/accounts";
import { SESSION_COOKIE } from "./pages/security";
import { createUser, signInAs } from "./pages/staff";

// Issue 12 items 1, 2 and 8 in a real browser against the production build:
// redirects after sign-in stay on the portal, a copied cookie dies with sign-out,
// "sign out on all other devices", and a staff password change.

test.describe("redirect after sign-in", () => {
  for (const next of ["/\t/evil.example/x", "/%09/evil.example/x", "/.//evil.example", "/\\evil.example", "https://evil.example/en/account"]) {
    test(`next=${JSON.stringify(next)} is neither echoed nor followed`, async ({ page, sql }) => {
      const investor = await createUser(sql, "investor", "Redirect Check");
      const response = await page.goto(`/en/sign-in?next=${encodeURIComponent(next)}`);
      expect(await response!.text()).not.toContain("evil.example");
      await page.getByLabel("E-mail", { exact: true }).fill(investor.email);
      await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/en\/account$/);
      expect(new URL(page.url()).origin).toBe(new URL(test.info().project.use.baseURL!).origin);
    });
  }

  test("a same-site next is kept", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Next Kept");
    await page.goto(`/en/sign-in?next=${encodeURIComponent("/en/applications")}`);
    await page.getByLabel("E-mail", { exact: true }).fill(investor.email);
    await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/applications$/);
  });
});

test.describe("investor sessions end on the server", () => {
  test("a copied cookie is anonymous after sign-out", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Replay Investor");
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const copy = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(await sql`select 1 from user_sessions where user_id = ${investor.id}`).toHaveLength(1);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/en$/);
    expect(await sql`select 1 from user_sessions where user_id = ${investor.id}`).toHaveLength(0);
    await page.context().addCookies([copy]);
    const replay = await page.request.get("/en/account", { maxRedirects: 0 });
    expect(replay.status()).toBe(307);
    expect(replay.headers().location).toMatch(/\/en\/sign-in/);
  });

  test("sign out on all other devices: the other browser is anonymous at once, this one stays", async ({ browser, page, sql }) => {
    const investor = await createUser(sql, "investor", "Two Devices");
    const laptop = await browser.newContext();
    const other = await laptop.newPage();
    await signIn(other, investor.email);
    await expect(other).toHaveURL(/\/en\/account$/);
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    await page.getByRole("button", { name: "Sign out on all other devices" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Signed out on 1 other device." })).toBeVisible();
    await other.goto("/en/account");
    await expect(other).toHaveURL(/\/en\/sign-in/);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await laptop.close();
  });
});

test.describe("password change", () => {
  test("staff change their password without a 'server error', stay signed in, and other sessions end", async ({ browser, page, sql }) => {
    const staff = await createUser(sql, "staff", "Password Changer");
    const second = await browser.newContext();
    const elsewhere = await second.newPage();
    await signInAs(elsewhere, staff.email);
    await signInAs(page, staff.email);
    await page.goto("/en/account");
    await page.getByLabel("Current password", { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("a brand new caspian passphrase");
    await page.getByLabel("Repeat the new password", { exact: true }).fill("a brand new caspian passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password has been changed; your other sessions were signed out.")).toBeVisible();
    await page.goto("/en/admin");
    await expect(page.getByRole("navigation", { name: "Staff navigation" })).toBeVisible();
    await elsewhere.goto("/en/admin");
    await expect(elsewhere).toHaveURL(/\/en\/sign-in/);
    await second.close();
  });
});
