import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Shell");
  return (
    <footer className="mt-16 border-t border-line bg-paper">
      <div className="container-page grid gap-4 py-8 text-sm text-muted md:grid-cols-2">
        <p>{t("footer.about")}</p>
        <p>{t("footer.sources")}</p>
        <p className="md:col-span-2">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
