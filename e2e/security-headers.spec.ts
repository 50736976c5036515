import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { signIn } from "./pages/accounts";
import { createUser, signInAs } from "./pages/staff";

// Response headers, CSP in a real browser, body limits and 429s (SECURITY-CHECKS #27, #28, #32, #33).

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

/** Records CSP violations from the first script on (an init script runs outside the page's CSP). */
async function watchViolations(page: import("@playwright/test").Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) => w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test.describe("security headers", () => {
  test("dynamic pages: a CSP with a different nonce on each response, used by Next's own scripts", async ({ request }) => {
    const [first, second] = [await request.get("/en/sign-in"), await request.get("/en/sign-in")];
    const [a, b] = [first.headers()["content-security-policy"], second.headers()["content-security-policy"]];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    for (const directive of ["'strict-dynamic'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(a).toContain(directive);
    expect(a).not.toContain("unsafe-eval");
    expect(await first.text()).toContain(`nonce="${nonceOf(a)}"`);
  });

  test("nosniff, referrer policy, frame protection, HSTS and no X-Powered-By on pages, redirects and API responses", async ({ request }) => {
    const responses = [
      await request.get("/en"),
      await request.get("/en/sign-in"),
      await request.get("/en/account", { maxRedirects: 0 }),
      await request.get("/api/health"),
      await request.get("/api/admin/export"),
    ];
    for (const response of responses) {
      const headers = response.headers();
      const label = `${response.url()} (${response.status()})`;
      expect(headers["x-content-type-options"], label).toBe("nosniff");
      expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], label).toBe("DENY");
      expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
      expect(headers["x-powered-by"], label).toBeUndefined();
      // The e2e server is a production build: HSTS is sent (browsers ignore it over plain http).
      expect(headers["strict-transport-security"], label).toBe("max-age=63072000; includeSubDomains");
    }
  });

  test("pages run without a single CSP violation, and an injected inline script is blocked", async ({ page, sql }) => {
    const violations = await watchViolations(page);
    for (const path of ["/en", "/en/partners", "/en/sez/eligibility", "/en/sign-in"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations(), path).toEqual([]);
    }
    const admin = await createUser(sql, "admin", "Csp Admin");
    await signInAs(page, admin.email);
    await page.goto("/en/admin/statistics");
    expect(await violations(), "/en/admin/statistics").toEqual([]);
    // The classic stored-XSS shape: markup with an inline handler. ('strict-dynamic'
    // deliberately trusts scripts that trusted scripts create, so createElement("script")
    // from page.evaluate is not the attack to test; an inline handler never carries a nonce.)
    const ran = await page.evaluate(async () => {
      const holder = document.createElement("div");
      holder.innerHTML = '<img alt="" src="data:," onerror="window.__pwned = true">';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __pwned?: boolean }).__pwned === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith("script-src"))).toBe(true);
  });

  test("signed-in pages are no-store", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "No Store");
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const response = await page.request.get("/en/account");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("body limits and throttling", () => {
  test("a Server Action POST over 1 MB and an oversized Auth.js POST get 413", async ({ request }) => {
    const big = await request.post("/en/sign-in", { data: "x".repeat(1024 * 1024 + 10), headers: { "next-action": "0".repeat(42), "content-type": "text/plain" } });
    expect(big.status()).toBe(413);
    const auth = await request.post("/api/auth/callback/credentials", { form: { email: "a@b.c", password: "x".repeat(20_000) } });
    expect(auth.status()).toBe(413);
  });

  test("uploads over the per-account limit get 429 with Retry-After", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Busy Uploader");
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    await sql`insert into rate_limits (key, points, expires_at) values (${`upload:account:${investor.id}`}, 60, now() + interval '30 minutes')`;
    const response = await page.request.post(`/api/applications/${randomUUID()}/documents/charter`, {
      data: Buffer.from("%PDF-1.7\n"),
      headers: { "content-type": "application/pdf", "x-file-name": "charter.pdf" },
    });
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(60);
  });
});
