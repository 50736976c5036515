import { base32Decode, totp } from "../lib/auth/totp";
import { expect, test } from "./fixtures";
import { signIn } from "./pages/accounts";
import { mintSession, SESSION_COOKIE } from "./pages/security";
import { createUser, nextTotpCode, signInAs } from "./pages/staff";

// Session cookies, forged tokens and the staff second factor (SECURITY-CHECKS #6, #9, #19, #20, #23).

test.describe("session cookie", () => {
  test("is HttpOnly and SameSite=Lax, and a cookie planted before sign-in is replaced (no fixation)", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Cookie Check");
    await page.goto("/en/sign-in");
    await page.context().addCookies([{ name: SESSION_COOKIE, value: "planted-by-attacker", domain: new URL(page.url()).hostname, path: "/" }]);
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    expect(cookie.value).not.toBe("planted-by-attacker");
    // e2e runs over http; with an https APP_URL the cookie is `__Secure-authjs.session-token` with Secure.
  });
});

test.describe("forged session cookies get the anonymous treatment", () => {
  test("random, alg:none, another secret, expired, and a staff token without the second factor", async ({ page, sql }) => {
    const staff = await createUser(sql, "staff", "Forged Staff");
    const [row] = await sql<{ session_version: number }[]>`select session_version from users where id = ${staff.id}`;
    const claims = { uid: staff.id, sv: row!.session_version, authAt: Math.floor(Date.now() / 1000), mfa: true };
    const [session] = await sql<{ id: string }[]>`insert into user_sessions (user_id) values (${staff.id}) returning id`;
    const forged = {
      // Everything right (live session record, real secret) but the token's exp is two minutes ago.
      expired: await mintSession({ ...claims, sid: session!.id }, undefined, -120),
      random: "d2hhdGV2ZXI.not-a-jwe",
      algNone: `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`,
      otherSecret: await mintSession(claims, "another-secret-another-secret-0123456789"),
      withoutSecondFactor: await mintSession({ ...claims, mfa: false }),
    };
    await page.goto("/en");
    const domain = new URL(page.url()).hostname;
    for (const [kind, value] of Object.entries(forged)) {
      await page.context().clearCookies();
      await page.context().addCookies([{ name: SESSION_COOKIE, value, domain, path: "/" }]);
      const admin = await page.request.get("/en/admin");
      expect(admin.url(), kind).toMatch(/\/en\/sign-in/);
      expect(await admin.text(), kind).not.toContain("Staff navigation");
      await page.goto("/en/account");
      await expect(page, kind).toHaveURL(/\/en\/sign-in/);
    }
    // A staff token with the second factor but no server-side session record (sid) is refused too.
    await page.context().clearCookies();
    await page.context().addCookies([{ name: SESSION_COOKIE, value: await mintSession(claims), domain, path: "/" }]);
    expect((await page.request.get("/en/admin")).url()).toMatch(/\/en\/sign-in/);
    // Control: the same claims with the second factor, a live session record and the real secret do open the staff area.
    await page.context().clearCookies();
    await page.context().addCookies([{ name: SESSION_COOKIE, value: await mintSession({ ...claims, sid: session!.id }), domain, path: "/" }]);
    await page.goto("/en/admin");
    await expect(page.getByRole("navigation", { name: "Staff navigation" })).toBeVisible();
  });
});

test.describe("staff second factor", () => {
  test("first sign-in enrols an authenticator, shows ten recovery codes once, then lets in", async ({ page, sql }) => {
    const staff = await createUser(sql, "staff", "New Reviewer", { enrolled: false });
    await signIn(page, staff.email);
    await expect(page).toHaveURL(/\/en\/sign-in\/enrol/);
    const key = base32Decode((await page.getByTestId("totp-key").textContent())!);
    const now = Date.now() / 1000;
    await page.getByLabel("Authentication code", { exact: true }).fill(totp(key, now));
    await page.getByRole("button", { name: "Confirm and sign in" }).click();
    const codes = page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recovery = (await codes.first().textContent())!;
    await page.getByRole("button", { name: "I have stored the codes, continue" }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);

    // A recovery code works once.
    for (const expected of ["in", "refused"]) {
      await page.context().clearCookies();
      await signIn(page, staff.email);
      await page.getByLabel("Authentication code", { exact: true }).fill(recovery);
      await page.getByRole("button", { name: "Verify" }).click();
      if (expected === "in") await expect(page).toHaveURL(/\/en\/admin$/);
      else await expect(page.getByText("The code is not correct or has been used already.").first()).toBeVisible();
    }
  });

  test("a TOTP code works once: the same code in a second browser is refused", async ({ browser, page, sql }) => {
    const staff = await createUser(sql, "staff", "Replay Reviewer");
    const code = await nextTotpCode(staff.email);
    const other = await browser.newContext();
    const second = await other.newPage();
    for (const tab of [page, second]) {
      await signIn(tab, staff.email);
      await tab.getByLabel("Authentication code", { exact: true }).fill(code);
      await tab.getByRole("button", { name: "Verify" }).click();
      if (tab === page) await expect(page).toHaveURL(/\/en\/admin$/);
    }
    await expect(second.getByText("The code is not correct or has been used already.").first()).toBeVisible();
    await expect(second).toHaveURL(/\/en\/sign-in\/verify/);
    await other.close();
  });
});

test.describe("staff idle timeout", () => {
  // The last request's time is a database row (user_sessions), so the test moves it
  // back instead of waiting half an hour (SECURITY-CHECKS #22).
  test("29 idle minutes: still in, and the request counts as activity; 31 idle minutes: signed out; sign-out kills a copied cookie", async ({ page, sql }) => {
    test.setTimeout(150_000);
    const staff = await createUser(sql, "staff", "Idle Reviewer");
    await signInAs(page, staff.email);
    await page.goto("/en/admin");
    await expect(page.getByRole("navigation", { name: "Staff navigation" })).toBeVisible();
    const sessions = await sql<{ id: string }[]>`select id from user_sessions where user_id = ${staff.id}`;
    expect(sessions).toHaveLength(1);
    const sid = sessions[0]!.id;

    await sql`update user_sessions set last_seen_at = now() - interval '29 minutes' where id = ${sid}`;
    await page.goto("/en/admin");
    await expect(page.getByRole("navigation", { name: "Staff navigation" })).toBeVisible();
    const [touched] = await sql<{ fresh: boolean }[]>`select last_seen_at > now() - interval '1 minute' as fresh from user_sessions where id = ${sid}`;
    expect(touched!.fresh).toBe(true);

    await sql`update user_sessions set last_seen_at = now() - interval '31 minutes' where id = ${sid}`;
    await page.goto("/en/admin");
    await expect(page).toHaveURL(/\/en\/sign-in/);
    const exported = await page.request.get("/api/admin/export");
    expect(exported.status()).toBe(404);

    // A new sign-in is a new session; signing out deletes it, so a kept copy of the cookie is dead.
    await page.context().clearCookies();
    await signInAs(page, staff.email);
    const copy = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
    const [second] = await sql<{ id: string }[]>`select id from user_sessions where user_id = ${staff.id} and id <> ${sid}`;
    await page.goto("/en/account");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/en$/);
    expect(await sql`select 1 from user_sessions where id = ${second!.id}`).toHaveLength(0);
    await page.context().addCookies([copy]);
    expect((await page.request.get("/en/admin", { maxRedirects: 0 })).status()).toBe(307);
  });

  test("investors have a session record too, and no idle limit", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Idle Investor");
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const sessions = await sql<{ id: string }[]>`select id from user_sessions where user_id = ${investor.id}`;
    expect(sessions).toHaveLength(1);
    await sql`update user_sessions set last_seen_at = now() - interval '3 days' where id = ${sessions[0]!.id}`;
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/account$/);
  });
});
