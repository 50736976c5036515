import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, pageKind } from "./page-policy";

describe("page kinds", () => {
  it.each(["/en/admin", "/en/admin/users", "/en/council", "/ru/council/applications/1b4e28ba-2fa1-11d2-883f-00163e000000", "/ru/account", "/en/apply", "/en/applications/1b4e28ba-2fa1-11d2-883f-00163e000000"])("%s is private", (path) => {
    expect(pageKind(path)).toBe("private");
  });
  it.each(["/EN/ADMIN", "//en/admin", "/en%2fadmin", "/en%2Fadmin/", "/en/Admin/", "/en\\admin"])("the spelling %s is still private", (path) => {
    expect(pageKind(path)).toBe("private");
  });
  it.each(["/en/sign-in", "/en/sign-in/verify", "/en/register", "/ru/reset-password"])("%s is an auth page", (path) => {
    expect(pageKind(path)).toBe("auth");
  });
  it.each(["/en", "/en/partners", "/en/sez/eligibility", "/en/administration", "/en/%E0%A4%A"])("%s is public", (path) => {
    expect(pageKind(path)).toBe("public");
  });
});

describe("content security policy", () => {
  it("dynamic pages: a nonce with strict-dynamic, no unsafe-inline or unsafe-eval scripts in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-eval");
    expect(policy.match(/script-src [^;]*/)![0]).not.toContain("unsafe-inline");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
  it("development adds unsafe-eval; https adds upgrade-insecure-requests", () => {
    const policy = contentSecurityPolicy({ nonce: "n", development: true, https: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("upgrade-insecure-requests");
  });
  it("cached public pages carry no nonce", () => {
    expect(contentSecurityPolicy({ development: false, https: false })).not.toContain("nonce-");
  });
  it("nonces are 128-bit and never repeat", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});
