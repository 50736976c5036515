import { getLocale, getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/layout/page-frame";
import { Link } from "@/lib/i18n/link";

// Rendered in place of the areas' layouts, so it brings the header itself
// (the public one: it reads no cookie).
export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <PageFrame params={getLocale().then((locale) => ({ locale }))} account="browser">
      <div className="container-page py-16">
        <h1 className="text-3xl font-semibold">{t("notFoundTitle")}</h1>
        <p className="mt-4 text-muted">{t("notFoundBody")}</p>
        <p className="mt-6">
          <Link href="/" className="font-medium text-brand-700 underline">
            {t("backHome")}
          </Link>
        </p>
      </div>
    </PageFrame>
  );
}
