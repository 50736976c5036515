import type { MetadataRoute } from "next";
import { loadPartnerSlugs } from "@/lib/content/cached";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/config";
import { logger } from "@/lib/log";
import { languageAlternates, localizedPath, PUBLIC_PATHS } from "@/lib/seo/metadata";

// Built at request time (the build has no database); the slugs come from the
// tagged cache, so this costs no query after the first request.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = env().APP_URL.replace(/\/$/, "");
  let slugs: string[] = [];
  try {
    slugs = await loadPartnerSlugs();
  } catch (error) {
    logger.error({ err: error }, "sitemap: partner slugs unavailable");
  }
  const paths = [...PUBLIC_PATHS, ...slugs.map((slug) => `/partners/${slug}`)];
  const absolute = (languages: Record<string, string>) =>
    Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, `${origin}${path}`]));

  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: `${origin}${localizedPath(locale, path)}`,
      alternates: { languages: absolute(languageAlternates(path)) },
    })),
  );
}
