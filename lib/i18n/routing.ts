import { defineRouting } from "next-intl/routing";
import { defaultLocale, LOCALE_COOKIE, locales } from "./config";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // next-intl's default, named here because the language switcher writes it too.
  localeCookie: { name: LOCALE_COOKIE, sameSite: "lax" },
  // No `Link: rel=alternate` header: it is built from the request's Host / X-Forwarded-Host.
  // Pages carry their hreflang alternates in the HTML, from APP_URL (lib/seo/metadata.ts).
  alternateLinks: false,
});
