import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnerMap } from "@/components/map/partner-map";
import { PageHeader } from "@/components/ui/section";
import { loadPartners } from "@/lib/content/cached";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Map" });
  return pageMetadata({ locale, path: "/map", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function MapPage({ params }: PageProps<"/[locale]/map">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, partners] = await Promise.all([getTranslations("Map"), loadPartners(locale)]);
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <div className="container-page py-10">
        <PartnerMap partners={partners} locale={locale} />
      </div>
    </>
  );
}
