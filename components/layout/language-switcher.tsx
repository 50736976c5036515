"use client";

import { useLocale, useTranslations } from "next-intl";
import { localeConfig, locales } from "@/lib/i18n/config";
import { Link, usePathname } from "@/lib/i18n/navigation";

// Links, not a select: each language is a real URL of the same page, works
// without JavaScript and is announced with its own language.
export function LanguageSwitcher() {
  const t = useTranslations("Shell");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")}>
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              dir={localeConfig[locale].dir}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              // At least 24×24 px and never wrapped inside a word (WCAG 2.2 target size, narrow phones).
              className={
                locale === current
                  ? "inline-flex min-h-6 min-w-6 items-center justify-center whitespace-nowrap rounded bg-brand-50 px-2 py-1 font-semibold text-brand-700"
                  : "inline-flex min-h-6 min-w-6 items-center justify-center whitespace-nowrap rounded px-2 py-1 text-muted hover:text-brand-700"
              }
            >
              {localeConfig[locale].label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
