import { useLocale, useTranslations } from "next-intl";
import { formatYear } from "@/lib/format/numbers";
import { Link } from "@/lib/i18n/link";

export function SiteFooter() {
  const t = useTranslations("Shell");
  const locale = useLocale();
  return (
    <footer className="mt-16 border-t border-line bg-paper">
      <div className="container-page grid gap-4 py-8 text-sm text-muted md:grid-cols-2">
        <p>{t("footer.about")}</p>
        <p>{t("footer.sources")}</p>
        <nav aria-label={t("footer.navigation")} className="md:col-span-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/privacy" className="text-brand-700 underline">
                {t("footer.privacy")}
              </Link>
            </li>
            <li>
              <Link href="/open-data" className="text-brand-700 underline">
                {t("footer.openData")}
              </Link>
            </li>
          </ul>
        </nav>
        {/* The year in the locale's digits, never grouped (a bare number would read "2,026", or Latin digits in fa). */}
        <p data-ui-number="copyright" className="md:col-span-2">{t("footer.copyright", { year: formatYear(new Date().getFullYear(), locale) })}</p>
      </div>
    </footer>
  );
}
