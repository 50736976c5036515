import { describe, expect, it } from "vitest";
import { HOSTILE_REDIRECTS } from "@/lib/testing/hostile-redirects";
import { MAX_REDIRECT_LENGTH, safeRedirectTarget } from "./redirect-target";

const APP = "http://127.0.0.1:3201";
const check = (target: unknown) => safeRedirectTarget(target, APP);

describe("safeRedirectTarget", () => {
  it("keeps the portal's own paths, normalised", () => {
    expect(check("/en/account")).toBe("/en/account");
    expect(check("/en/applications/3f0c?tab=documents#files")).toBe("/en/applications/3f0c?tab=documents#files");
    expect(check("/en/a/../admin")).toBe("/en/admin");
    expect(check(`${APP}/en/admin`)).toBe("/en/admin");
    expect(check("/%D0%BF%D1%83%D1%82%D1%8C")).toBe("/%D0%BF%D1%83%D1%82%D1%8C"); // UTF-8 escapes stay as they are
  });

  // Each of these leaves the site in at least one browser, or hides a character a browser drops.
  it.each([
    ...HOSTILE_REDIRECTS,
    "http://127.0.0.1:3201@evil.example/",
    "http://user:pass@127.0.0.1:3201/en",
    "https://127.0.0.1:3201/en", // another scheme is another origin
    "http://127.0.0.1:3202/en",
    "evil.example",
    "en/account",
    "/%E0%A4%A", // malformed escape
    "",
    `/${"a".repeat(MAX_REDIRECT_LENGTH)}`,
  ])("refuses %j", (target) => {
    expect(check(target)).toBeNull();
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/en"], { toString: () => "/en" }]) expect(check(value)).toBeNull();
  });

  it("never returns a value that a browser would resolve to another origin", () => {
    const hostile = ["/\t/evil.example", "/.//evil.example", "/%2F%2Fevil.example", "/en/..//evil.example", "/en/%2e%2e//evil.example"];
    for (const target of hostile) {
      const kept = check(target);
      if (kept !== null) expect(new URL(kept, APP).origin).toBe(APP);
    }
  });
});
