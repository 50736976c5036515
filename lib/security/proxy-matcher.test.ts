import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { config } from "@/proxy";

// proxy.ts leaves the cached public pages out of its matcher (they need no locale routing
// and no per-request header); next.config.mjs gives them their policy instead. Both lists
// are literal (Next reads them at build time), so this test keeps them in step.
const [pages] = config.matcher as [string, unknown];
const matches = (pathname: string) => new RegExp(`^${pages}$`).test(pathname);

describe("proxy.ts matcher", () => {
  it.each(["/en", "/ru/partners", "/fa/partners/iran", "/zh/partners/sphere/shipbuilding", "/de/sez", "/ko/sez/eligibility", "/nl/map", "/en/privacy", "/en/open-data"])(
    "leaves the cached public page %s to next.config's headers",
    (pathname) => expect(matches(pathname)).toBe(false),
  );

  it.each(["/", "/en/sign-in", "/en/register", "/en/admin", "/en/admin/applications", "/en/apply", "/en/applications/1", "/en/account", "/EN/partners", "/en/partnersx", "/xx/partners", "/en/unknown", "/partners"])(
    "runs for %s (locale routing, sign-in redirect, per-request policy)",
    (pathname) => expect(matches(pathname)).toBe(true),
  );

  it("runs for every Server Action, whatever the page", () => {
    expect(config.matcher[1]).toEqual({ source: "/:path*", has: [{ type: "header", key: "next-action" }] });
  });

  it("names the same locales as lib/i18n/config.ts, and so does next.config.mjs", () => {
    const inMatcher = /\(\?:([a-z|]+)\)\(\?:\//.exec(pages)?.[1]?.split("|");
    expect(inMatcher).toEqual([...locales]);
    const nextConfig = readFileSync(path.resolve(import.meta.dirname, "../../next.config.mjs"), "utf8");
    expect(/const LOCALES = "([a-z|]+)"/.exec(nextConfig)?.[1]?.split("|")).toEqual([...locales]);
  });
});
