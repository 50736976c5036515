import { expect, test } from "./fixtures";
import { expectNothingLeaked, probe, replayAction } from "./pages/security";
import { createUser, seedSubmittedApplication, signInAs } from "./pages/staff";
import { signIn } from "./pages/accounts";

// Framework bypasses and CSRF (SECURITY-CHECKS #3, #4, #5, #12): whatever the
// header or spelling, no protected page content reaches the anonymous or an
// investor, and a cross-origin Server Action POST changes nothing.

test.describe("framework bypasses", () => {
  test("middleware-subrequest, RSC and path-spelling variants never show staff or other investors' data", async ({ page, playwright, sql }) => {
    test.setTimeout(180_000);
    const owner = await createUser(sql, "investor", "Owner Investor");
    const marker = `Staff Only Marker ${Date.now().toString(36)}`;
    const application = await seedSubmittedApplication(sql, owner.id, marker);
    const staffPaths = ["/en/admin", "/en/admin/applications", `/en/admin/applications/${application.id}`];
    const ownerPaths = [`/en/applications/${application.id}`, "/en/applications/%5Bid%5D", "/en/applications/..%2fadmin"];

    // Positive control: the marker is what staff see on these pages.
    const staff = await createUser(sql, "staff", "Control Reviewer");
    await signInAs(page, staff.email);
    expect(await (await page.request.get(`/en/admin/applications/${application.id}`)).text()).toContain(marker);
    await page.context().clearCookies();

    const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    expectNothingLeaked(await probe(anonymous, [...staffPaths, ...ownerPaths, "/en/account"]), [marker, owner.email]);
    await anonymous.dispose();

    const other = await createUser(sql, "investor", "Other Investor");
    await signIn(page, other.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    expectNothingLeaked(await probe(page.request, [...staffPaths, ...ownerPaths]), [marker, owner.email]);
  });

  test("a staff member's password alone, posted straight to Auth.js, gives no session", async ({ page, sql }) => {
    const staff = await createUser(sql, "staff", "Password Only");
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: staff.email, password: "caspian sturgeon lotus harbour", callbackUrl: "/en/admin" },
      maxRedirects: 0,
    });
    expect(response.headers()["location"] ?? "").toContain("code=second_factor");
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("authjs.session-token");
    expect((await page.request.get("/en/admin", { maxRedirects: 0 })).status()).toBe(307);
  });
});

test.describe("Auth.js CSRF and unknown actions", () => {
  test("a credentials POST without the CSRF token signs no one in", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "No Csrf Token");
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { email: investor.email, password: "caspian sturgeon lotus harbour" },
      maxRedirects: 0,
    });
    expect(response.headers()["location"] ?? "").toContain("MissingCSRF");
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("authjs.session-token");
  });

  test("sign-out without the CSRF token, and a GET to the sign-out endpoint, leave the session in place", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Csrf Sign Out");
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const before = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!.value;

    const posted = await page.request.post("/api/auth/signout", { form: { callbackUrl: "/en" }, maxRedirects: 0 });
    expect(posted.headers()["location"] ?? "").toContain("MissingCSRF");
    const wrongToken = await page.request.post("/api/auth/signout", { form: { csrfToken: "forged-token", callbackUrl: "/en" }, maxRedirects: 0 });
    expect(wrongToken.headers()["location"] ?? "").toContain("MissingCSRF");
    const viaGet = await page.request.get("/api/auth/signout", { maxRedirects: 0 });
    expect(viaGet.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token=;");

    const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie?.value).toBe(before);
    const account = await page.request.get("/en/account", { maxRedirects: 0 });
    expect(account.status()).toBe(200);
  });

  test("GET on the routes that change data is 405 and changes nothing", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Get Never Mutates");
    const [draft] = await sql<{ id: string }[]>`
      insert into applications (owner_id, idempotency_key, status) values (${investor.id}, gen_random_uuid(), 'draft') returning id`;
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    for (const path of [`/api/applications/${draft!.id}/submit`, `/api/applications/${draft!.id}/documents/charter`]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(405);
    }
    const [row] = await sql<{ status: string; version: number }[]>`select status, version from applications where id = ${draft!.id}`;
    expect(row).toEqual({ status: "draft", version: 1 });
    expect(await sql`select 1 from application_documents where application_id = ${draft!.id}`).toHaveLength(0);
  });

  test("an unknown (or stale) Server Action id gets a generic error, no stack", async ({ request, baseURL }) => {
    const response = await request.post("/en/sign-in", {
      data: "[]",
      headers: { "next-action": "7f".repeat(21), origin: baseURL!, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      maxRedirects: 0,
    });
    // Next answers an unknown action id with 409 ("Failed to find Server Action"), or 400 when it is not even one.
    expect([400, 404, 409, 500]).toContain(response.status());
    expect(await response.text()).not.toMatch(/at \w+ \(|node_modules|\.tsx?:\d+/);
  });
});

test.describe("cross-origin Server Action POSTs", () => {
  test("Origin evil.example, Origin null and X-Forwarded-Host tricks are refused and change nothing; the same request from our origin works", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Csrf Target");
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const captured = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
    await page.getByLabel("Name", { exact: true }).fill("Csrf Target Saved");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    const request = await captured;
    const nameNow = async () => (await sql<{ name: string }[]>`select name from users where id = ${investor.id}`)[0]!.name;

    for (const origin of ["https://evil.example", "null"]) {
      const body = request.postData()!.replace("Csrf Target Saved", `Changed from ${origin}`);
      const response = await replayAction(page.request, request, body, { origin });
      expect(response.status(), `Origin: ${origin}`).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toMatch(/at \w+ \(|\.tsx?:\d+|postgres:\/\//); // no stack, no connection string
      expect(await nameNow()).toBe("Csrf Target Saved");
    }
    // X-Forwarded-Host: disagreeing with our Origin, or agreeing with the attacker's (Next alone
    // accepts the latter; proxy.ts compares the Origin with APP_URL).
    const ours = new URL(page.url()).origin;
    for (const headers of [
      { origin: ours, "x-forwarded-host": "evil.example" },
      { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    ]) {
      const response = await replayAction(page.request, request, request.postData()!.replace("Csrf Target Saved", "Changed via X-Forwarded-Host"), headers);
      expect(response.status(), JSON.stringify(headers)).toBeGreaterThanOrEqual(400);
      expect(await nameNow()).toBe("Csrf Target Saved");
    }
    const control = await replayAction(page.request, request, request.postData()!.replace("Csrf Target Saved", "Same Origin Replay"), {
      origin: new URL(page.url()).origin,
    });
    expect(control.status()).toBe(200);
    expect(await nameNow()).toBe("Same Origin Replay");
  });
});
