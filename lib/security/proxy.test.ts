import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://127.0.0.1:3000"), { method: init.method ?? "GET", headers: init.headers });
const csp = (response: Response) => response.headers.get("content-security-policy") ?? "";
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

describe("proxy.ts", () => {
  it("gives dynamic pages a fresh nonce each time, forwards it to the render, and marks them no-store", () => {
    const [first, second] = [proxy(request("/en/sign-in")), proxy(request("/en/sign-in"))];
    expect(nonceOf(csp(first))).toBeTruthy();
    expect(nonceOf(csp(first))).not.toBe(nonceOf(csp(second)));
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp(first));
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(csp(first)).toContain("'strict-dynamic'");
  });

  it("public (cached) pages get a policy without nonce and nothing is forwarded into their render", () => {
    const response = proxy(request("/en/partners"));
    expect(csp(response)).toContain("object-src 'none'");
    expect(nonceOf(csp(response))).toBeUndefined();
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBeNull();
  });

  it.each(["/en/admin", "/en/account", "/en/applications/1b4e28ba-2fa1-11d2-883f-00163e000000", "/en/Admin", "//en/admin"])(
    "sends the anonymous from %s to sign-in, subrequest header or not",
    (path) => {
      const headers = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
      const response = proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }));
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get("location")!).pathname).toBe("/en/sign-in");
    },
  );

  it("an encoded slash is not a locale: next-intl prefixes it and the app answers its not-found page", () => {
    const response = proxy(request("/en%2fadmin"));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/en/en%2fadmin");
  });

  it("refuses a Server Action whose Origin is not APP_URL's host, whatever X-Forwarded-Host says", () => {
    const saved = process.env.APP_URL;
    process.env.APP_URL = "https://portal.lotus.example";
    try {
      const action = (headers: Record<string, string>) => proxy(request("/en/account", { method: "POST", headers: { "next-action": "abc123", ...headers } }));
      expect(action({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }).status).toBe(403);
      expect(action({ origin: "null" }).status).toBe(403);
      expect(action({ origin: "https://portal.lotus.example.evil.example" }).status).toBe(403);
      expect(action({ origin: "https://portal.lotus.example" }).status).not.toBe(403);
      expect(action({ origin: "https://PORTAL.lotus.example", "x-forwarded-host": "evil.example" }).status).not.toBe(403); // Next then refuses the mismatch itself
      expect(action({}).status).not.toBe(403); // no Origin: Next's own check decides
      // Not a Server Action (no next-action header): untouched.
      expect(proxy(request("/en/account", { method: "POST", headers: { origin: "https://evil.example" } })).status).not.toBe(403);
      delete process.env.APP_URL;
      expect(action({ origin: "https://evil.example" }).status).not.toBe(403); // no APP_URL (development): Next's check only
    } finally {
      if (saved === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = saved;
    }
  });

  it("answers 413 to a POST declaring more than 1 MB, before anything reads it", () => {
    const response = proxy(request("/en/apply", { method: "POST", headers: { "content-length": String(2 * 1024 * 1024), "next-action": "x" } }));
    expect(response.status).toBe(413);
  });

  it("keeps a well-formed request id and replaces a malformed one", () => {
    expect(proxy(request("/en", { headers: { "x-request-id": "lb-1234567890" } })).headers.get("x-request-id")).toBe("lb-1234567890");
    expect(proxy(request("/en", { headers: { "x-request-id": "bad id; drop" } })).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ["/en/sign-in?next=%2F%09%2Fevil.example%2Fx", "/en/sign-in"],
    ["/en/sign-in/verify?next=%2F%2Fevil.example&x=1", "/en/sign-in/verify?x=1"],
    ["/fa/sign-in/enrol?next=https%3A%2F%2Fevil.example", "/fa/sign-in/enrol"],
    ["/en/sign-in?next=%2Fen%2Faccount&next=%2F%2Fevil.example", "/en/sign-in"],
  ])("a sign-in page with a foreign ?next= (%s) is sent to itself without it, before anything renders", (path, clean) => {
    const response = proxy(request(path));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(`${location.pathname}${location.search}`).toBe(clean);
    expect(response.headers.get("location")).not.toContain("evil");
  });

  it("a sign-in page with a same-site ?next= renders as usual", () => {
    expect(proxy(request("/en/sign-in?next=%2Fen%2Fapplications")).status).toBe(200);
  });
});
