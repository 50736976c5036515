import { describe, expect, it } from "vitest";
import { getPathname } from "./navigation";
import { localizedPath, switchLocalePath } from "./paths";

describe("localizedPath", () => {
  it("prefixes absolute paths with the locale, as next-intl's getPathname does", () => {
    for (const href of ["/", "/partners", "/partners/iran", "/sez/eligibility", "/admin/audit?after=x&y=1", "/?q=1"]) {
      for (const locale of ["en", "fa"] as const) {
        expect(localizedPath(locale, href), href).toBe(getPathname({ href, locale }));
      }
    }
    expect(localizedPath("ru", "/")).toBe("/ru");
    expect(localizedPath("ru", "/#main")).toBe("/ru#main");
  });

  it("leaves relative paths, other origins and fragments alone", () => {
    expect(localizedPath("ru", "https://example.org/x")).toBe("https://example.org/x");
    expect(localizedPath("ru", "//example.org/x")).toBe("//example.org/x");
    expect(localizedPath("ru", "#main")).toBe("#main");
    expect(localizedPath("ru", "mailto:a@example.org")).toBe("mailto:a@example.org");
  });
});

describe("switchLocalePath", () => {
  it("swaps the locale segment and keeps the rest of the page's path", () => {
    expect(switchLocalePath("/en/partners/iran", "fa")).toBe("/fa/partners/iran");
    expect(switchLocalePath("/en", "ru")).toBe("/ru");
    expect(switchLocalePath("/en/", "ru")).toBe("/ru");
    expect(switchLocalePath("/de/sign-in", "de")).toBe("/de/sign-in");
    expect(switchLocalePath("/partners", "ko")).toBe("/ko/partners");
    expect(switchLocalePath("/", "zh")).toBe("/zh");
  });
});
