import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnerMap } from "@/components/map/partner-map";
import { RegionHero } from "@/components/region/hero";
import { KeyFigures } from "@/components/region/key-figures";
import { NextSteps } from "@/components/region/next-steps";
import { Priorities } from "@/components/region/priorities";
import { Representations } from "@/components/region/representations";
import { Timeline } from "@/components/region/timeline";
import { Section } from "@/components/ui/section";
import { Sourced } from "@/components/ui/sourced";
import { loadPartners, loadRegionOverview, loadSezOverview } from "@/lib/content/cached";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/link";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Region" });
  return pageMetadata({ locale, path: "", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function RegionPage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, overview, partners, sez] = await Promise.all([
    getTranslations("Region"),
    loadRegionOverview(locale),
    loadPartners(locale),
    loadSezOverview(locale),
  ]);
  const regionSource = overview.representations[0]?.source;
  const locationFigure = (key: string) => sez.figuresByCategory.flatMap((c) => c.figures).find((f) => f.key === key);
  const regionSources = regionSource ? [regionSource] : [];

  return (
    <>
      <RegionHero sources={{ regionDoc: regionSource, site: locationFigure("location"), corridors: locationFigure("transport-corridors") }} />
      <div className="container-page">
        <Section id="about" title={t("about.title")}>
          <div className="grid max-w-4xl gap-4 text-lg">
            <p>{t("about.p1")}</p>
            <p>{t("about.p2")}</p>
          </div>
        </Section>

        <Section
          id="figures"
          title={t("figures.title")}
          // The intro names the document and its date (undated, latest event 2017): it is its own citation.
          intro={
            <span data-sourced="" data-cite="">
              {t("figures.intro")}
            </span>
          }
        >
          <KeyFigures facts={overview.facts} />
        </Section>

        <Section id="representations" title={t("representations.title")} intro={t("representations.intro")}>
          <Sourced sources={overview.representations.map((r) => r.source)}>
            <Representations items={overview.representations} />
          </Sourced>
        </Section>

        <Section id="priorities" title={t("priorities.title")} intro={t("priorities.intro")}>
          <Sourced sources={regionSources}>
            <Priorities partners={partners} />
          </Sourced>
          <div className="mt-8">
            <PartnerMap partners={partners} locale={locale} withList={false} />
          </div>
          <p className="mt-4">
            <Link href="/map" className="font-medium text-brand-700 underline hover:text-brand-900">
              {t("priorities.mapLink")}
            </Link>
          </p>
        </Section>

        <Section id="highlights" title={t("timeline.title")} intro={t("timeline.intro")}>
          <Sourced sources={overview.timeline.map((m) => m.source)}>
            <Timeline entries={overview.timeline} showPartner />
          </Sourced>
        </Section>

        <Section id="next" title={t("next.title")}>
          <NextSteps />
        </Section>
      </div>
    </>
  );
}
