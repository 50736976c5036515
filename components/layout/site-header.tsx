import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/config";
import { LanguageSwitcher } from "./language-switcher";

const NAV = [
  { href: "/", key: "region" },
  { href: "/partners", key: "partners" },
  { href: "/sez", key: "sez" },
  { href: "/map", key: "map" },
  { href: "/apply", key: "apply" },
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Shell" });
  const links = NAV.map(({ href, key }) => (
    <li key={key}>
      <Link href={href} className="block rounded px-3 py-2 font-medium text-ink hover:bg-brand-50 hover:text-brand-700">
        {t(`nav.${key}`)}
      </Link>
    </li>
  ));

  return (
    <header className="border-b border-line bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-brand-900 focus:px-4 focus:py-2 focus:text-white"
      >
        {t("skipToContent")}
      </a>
      <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
        <Link href="/" className="flex flex-col leading-tight no-underline">
          <span className="text-lg font-bold text-brand-700">{t("brand")}</span>
          <span className="text-xs text-muted">{t("brandTagline")}</span>
        </Link>

        <nav aria-label={t("primaryNavigation")} className="hidden md:block">
          <ul className="flex items-center gap-1">{links}</ul>
        </nav>

        <div className="flex flex-wrap items-center justify-end gap-2">
          <LanguageSwitcher current={locale} label={t("language")} />
          <Link
            href="/sign-in"
            className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-900"
          >
            {t("nav.signIn")}
          </Link>
          {/* A <details> menu works without JavaScript and by keyboard. */}
          <details className="relative md:hidden">
            <summary className="cursor-pointer list-none rounded border border-line px-3 py-2 text-sm font-medium">
              {t("openMenu")}
            </summary>
            <nav aria-label={t("primaryNavigation")} className="absolute end-0 z-40 mt-2 w-56 rounded border border-line bg-white p-2 shadow-lg">
              <ul>{links}</ul>
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
