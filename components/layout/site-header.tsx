import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/config";
import { AccountArea } from "./account-area";
import { Disclosure } from "./disclosure";
import { LanguageSwitcher } from "./language-switcher";

const NAV = [
  { href: "/", key: "region" },
  { href: "/partners", key: "partners" },
  { href: "/sez", key: "sez" },
  { href: "/map", key: "map" },
  { href: "/apply", key: "apply" },
] as const;

/**
 * One row at every width: brand, the main navigation (wide screens), then the
 * language menu, the account corner and (narrow screens) the menu. The
 * account corner has a fixed width, so whichever state it shows (and when it
 * learns it) moves nothing else; the menus' panels float.
 */
export async function SiteHeader({ locale, account }: { locale: Locale; account: "server" | "browser" }) {
  const t = await getTranslations({ locale, namespace: "Shell" });
  const links = NAV.map(({ href, key }) => (
    <li key={key}>
      <Link href={href} className="block rounded px-3 py-2 font-medium text-ink hover:bg-brand-50 hover:text-brand-700">
        {t(`nav.${key}`)}
      </Link>
    </li>
  ));

  return (
    <header className="border-b border-line bg-white" data-testid="site-header">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-brand-900 focus:px-4 focus:py-2 focus:text-white"
      >
        {t("skipToContent")}
      </a>
      <div className="container-page flex items-center justify-between gap-2 py-2">
        <Link href="/" className="flex min-w-0 flex-col leading-tight no-underline">
          <span className="whitespace-nowrap text-lg font-bold text-brand-700">{t("brand")}</span>
          {/* On a phone the row is for the menus; the tagline returns from 640 px. */}
          <span className="hidden text-xs text-muted sm:block">{t("brandTagline")}</span>
        </Link>

        <nav aria-label={t("primaryNavigation")} className="hidden lg:block">
          <ul className="flex items-center gap-1">{links}</ul>
        </nav>

        <div className="flex shrink-0 items-center justify-end gap-2">
          <LanguageSwitcher current={locale} label={t("language")} />
          <div className="flex w-28 justify-end sm:w-40" data-testid="account-corner">
            <AccountArea locale={locale} from={account} />
          </div>
          <Disclosure className="lg:hidden" summary={t("openMenu")} panelClassName="w-56">
            <nav aria-label={t("primaryNavigation")}>
              <ul>{links}</ul>
            </nav>
          </Disclosure>
        </div>
      </div>
    </header>
  );
}
