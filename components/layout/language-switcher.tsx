"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { LOCALE_COOKIE, localeConfig, locales, type Locale } from "@/lib/i18n/config";
import { switchLocalePath } from "@/lib/i18n/paths";

/**
 * The locale chosen here is also the one `/` redirects to next time. The proxy
 * updates the cookie on document requests; a soft navigation (or a hit in the
 * client router's cache) reaches no proxy, so the click sets it too.
 */
function rememberLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale};path=/;SameSite=Lax`;
}

// Links, not a select: each language is a real URL of the same page, works
// without JavaScript and is announced with its own language. The label comes
// from the server and the hrefs from the URL, so no message formatter and no
// i18n provider are shipped to public pages for it.
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {locales.map((locale) => {
          const isCurrent = locale === current;
          return (
            <li key={locale}>
              <NextLink
                href={switchLocalePath(pathname, locale)}
                lang={locale}
                dir={localeConfig[locale].dir}
                hrefLang={locale}
                aria-current={isCurrent ? "true" : undefined}
                // Another language is not prefetched (as next-intl's Link did): most readers never switch.
                prefetch={isCurrent ? undefined : false}
                onClick={isCurrent ? undefined : () => rememberLocale(locale)}
                // At least 24×24 px and never wrapped inside a word (WCAG 2.2 target size, narrow phones).
                className={
                  isCurrent
                    ? "inline-flex min-h-6 min-w-6 items-center justify-center whitespace-nowrap rounded bg-brand-50 px-2 py-1 font-semibold text-brand-700"
                    : "inline-flex min-h-6 min-w-6 items-center justify-center whitespace-nowrap rounded px-2 py-1 text-muted hover:text-brand-700"
                }
              >
                {localeConfig[locale].label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
