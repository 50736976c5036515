import { defaultLocale, type Locale } from "./config";

/**
 * A text stored once per locale (jsonb in Postgres). English is required and is
 * the fallback until a translation exists, so adding a locale needs no migration.
 */
export type LocalizedText = { en: string } & Partial<Record<string, string>>;

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[defaultLocale] ?? text.en;
}
