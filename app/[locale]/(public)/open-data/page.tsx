import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatisticsView } from "@/components/stats/statistics-view";
import { PageHeader } from "@/components/ui/section";
import { getDb } from "@/db/client";
import { getOpenDataStatistics, PUBLIC_MIN_COUNT } from "@/lib/applications/statistics";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

// Aggregate counts only (no company data), refreshed at most once an hour.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/open-data">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "OpenData" });
  return pageMetadata({ locale: locale as Locale, path: "/open-data", title: t("title"), description: t("lead") });
}

export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const [stats, t] = await Promise.all([getOpenDataStatistics(getDb()), getTranslations("OpenData")]);
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <div className="container-page flex flex-col gap-6 py-10">
        <p className="max-w-3xl text-muted">{t("method", { min: PUBLIC_MIN_COUNT })}</p>
        <StatisticsView stats={stats} otherCountries={stats.otherCountries} />
      </div>
    </>
  );
}
