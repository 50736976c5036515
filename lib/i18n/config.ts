// The one list of locales. Adding a language = a catalog in messages/, its line in
// lib/i18n/catalog-check.ts (the compile-time key check) and one line here.
export const localeConfig = {
  en: { label: "English", dir: "ltr" },
  ru: { label: "Русский", dir: "ltr" },
  de: { label: "Deutsch", dir: "ltr" },
  nl: { label: "Nederlands", dir: "ltr" },
  ko: { label: "한국어", dir: "ltr" },
  zh: { label: "中文", dir: "ltr" },
  fa: { label: "فارسی", dir: "rtl" },
} as const satisfies Record<string, { label: string; dir: "ltr" | "rtl" }>;

export type Locale = keyof typeof localeConfig;
export const locales = Object.keys(localeConfig) as Locale[];
export const defaultLocale: Locale = "en";
/** The cookie that remembers the reader's language for `/` (next-intl's routing and the language switcher). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(localeConfig, value);
}

export function localeDir(locale: Locale): "ltr" | "rtl" {
  return localeConfig[locale].dir;
}
