import { isLocale, type Locale } from "./config";

/** An internal link target: a path, or a path with query parameters (as next/link takes it). */
export type LocalHref = string | { pathname: string; query?: Record<string, string | number | readonly string[] | undefined> };

/**
 * The path of `path` (absolute, without locale) in `locale`: `/partners` →
 * `/ru/partners`, `/` → `/ru` (no trailing slash, as next-intl's
 * `localePrefix: "always"` routing writes it). Relative paths and URLs with a
 * scheme are returned unchanged. Plain strings, no React and no next-intl
 * client code, so server components can build links without shipping any.
 */
export function localizedPath(locale: Locale, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return /^\/(?:[?#].*)?$/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The same page in another language: the first path segment, if it is a locale, replaced. */
export function switchLocalePath(pathname: string, locale: Locale): string {
  const segments = pathname.split("/");
  if (isLocale(segments[1])) segments.splice(1, 1);
  return localizedPath(locale, segments.join("/") || "/");
}
