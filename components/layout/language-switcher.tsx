"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { languageNamesFontFamily } from "@/components/fonts/language-names";
import { LOCALE_COOKIE, localeConfig, locales, type Locale } from "@/lib/i18n/config";
import { switchLocalePath } from "@/lib/i18n/paths";
import { Disclosure } from "./disclosure";

/**
 * The locale chosen here is also the one `/` redirects to next time. The proxy
 * updates the cookie on document requests; a soft navigation (or a hit in the
 * client router's cache) reaches no proxy, so the click sets it too.
 */
function rememberLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale};path=/;SameSite=Lax`;
}

function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="10" cy="10" r="8" />
      <path d="M2 10h16M10 2c2.5 2.2 3.5 5 3.5 8s-1 5.8-3.5 8c-2.5-2.2-3.5-5-3.5-8s1-5.8 3.5-8z" />
    </svg>
  );
}

// A compact menu at every width: one summary (globe and the current language's
// code) instead of a row of seven names, however many languages there will be.
// Inside, links, not a select: each language is a real URL of the same page,
// works without JavaScript and is announced in its own language. The names are
// drawn with tiny subset fonts (components/fonts/language-names), so "한국어",
// "中文" and "فارسی" show even where the visitor has no such fonts; the panel
// floats, so the names' font arriving late moves nothing on the page.
// Labels come from the server and hrefs from the URL: no message formatter
// and no i18n provider are shipped for it.
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <Disclosure
      testId="language-menu"
      summary={
        <>
          <GlobeIcon />
          {/* Named "Language EN" for screen readers and voice control alike. */}
          <span className="sr-only">{label} </span>
          <span className="font-semibold uppercase">{current}</span>
        </>
      }
      // On a phone the button sits near the start edge: open towards the end (start-0 wins over the
      // default end-0, the width being fixed); from sm the panel aligns with the button's end again.
      panelClassName="w-48 start-0 sm:start-auto"
    >
      <nav aria-label={label}>
        <ul className="flex flex-col" style={{ fontFamily: languageNamesFontFamily }}>
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
                  // Another language is not prefetched: most readers never switch.
                  prefetch={isCurrent ? undefined : false}
                  onClick={isCurrent ? undefined : () => rememberLocale(locale)}
                  // 44 px tall targets for touch; the name never wraps inside a word.
                  className={
                    isCurrent
                      ? "flex min-h-11 items-center whitespace-nowrap rounded bg-brand-50 px-3 font-semibold text-brand-700"
                      : "flex min-h-11 items-center whitespace-nowrap rounded px-3 text-ink hover:bg-brand-50 hover:text-brand-700"
                  }
                >
                  {localeConfig[locale].label}
                </NextLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </Disclosure>
  );
}
