import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/config";

/** Public paths without locale, for the sitemap: every one exists in every locale. */
export const PUBLIC_PATHS = ["", "/partners", "/sez", "/sez/eligibility", "/sez/savings", "/map", "/open-data", "/privacy"] as const;

/** "/en/partners" style path; the home page is "/en". */
export const localizedPath = (locale: Locale, path: string) => `/${locale}${path}`;

/** hreflang alternates of one path, plus x-default (relative: metadataBase in the layout makes them absolute). */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(locales.map((locale) => [locale, localizedPath(locale, path)]));
  languages["x-default"] = localizedPath(defaultLocale, path);
  return languages;
}

/**
 * Metadata of a public page: title, description, canonical URL, hreflang
 * alternates and OpenGraph. Next merges `openGraph` shallowly with the layout's,
 * so the site name and type are repeated here.
 */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
}: {
  locale: Locale;
  path: string;
  title: string;
  description: string;
}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const url = localizedPath(locale, path);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      title,
      description,
      url,
      siteName: t("siteName"),
      type: "website",
      locale,
      alternateLocale: locales.filter((other) => other !== locale),
    },
  };
}
