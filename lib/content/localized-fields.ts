import { z } from "zod";
import { defaultLocale, locales } from "@/lib/i18n/config";
import type { LocalizedText } from "@/lib/i18n/localized";

// The staff editor has one input per configured locale for each text: adding a
// locale to lib/i18n/config.ts adds its inputs, schema fields and storage.

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** "summary" + "ru" → "summaryRu" */
export function localizedFieldName(base: string, locale: string): string {
  return `${base}${locale.charAt(0).toUpperCase()}${locale.slice(1)}`;
}

export function editText(max: number, required: boolean) {
  return z
    .string()
    .trim()
    .max(max, "errors.content.tooLong")
    .refine((value) => !CONTROL.test(value), "errors.content.invalid")
    .refine((value) => !required || value.length > 0, "errors.content.required");
}

/** { summaryEn: required, summaryRu: optional, … } for every locale; English is required unless `optional`. */
export function localizedShape(base: string, max: number, optional = false): Record<string, z.ZodType<string, string | undefined>> {
  return Object.fromEntries(
    locales.map((locale) => {
      const required = !optional && locale === defaultLocale;
      // A translation left out of the request counts as empty.
      return [localizedFieldName(base, locale), required ? editText(max, true) : editText(max, false).default("")];
    }),
  );
}

/** Reads the locale inputs back into a LocalizedText; an empty translation is dropped so pages fall back to English. */
export function toLocalized(existing: LocalizedText | null, input: Record<string, unknown>, base: string): LocalizedText {
  const next: LocalizedText = { ...(existing ?? { en: "" }) };
  for (const locale of locales) {
    const value = String(input[localizedFieldName(base, locale)] ?? "");
    if (value) next[locale] = value;
    else if (locale !== defaultLocale) delete next[locale];
  }
  return next;
}

/** The inputs' initial values for one text. */
export function localizedInitial(text: LocalizedText | null, base: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [localizedFieldName(base, locale), text?.[locale] ?? ""]));
}
