import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Organisations } from "@/components/partners/organisations";
import { PartnerActions } from "@/components/partners/partner-actions";
import { PartnerHeader } from "@/components/partners/partner-header";
import { PartnerRegions } from "@/components/partners/partner-regions";
import { SourcesList } from "@/components/partners/sources-list";
import { KeyFigures } from "@/components/region/key-figures";
import { Representations } from "@/components/region/representations";
import { Timeline } from "@/components/region/timeline";
import { Section } from "@/components/ui/section";
import { loadPartnerProfile } from "@/lib/content/cached";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = PageProps<"/[locale]/partners/[slug]">;

// Rendered on first request, then served from the cache (the build needs no
// database); an unknown slug is a cached 404.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const partner = await loadPartnerProfile(locale, slug);
  if (!partner) return {};
  const t = await getTranslations({ locale, namespace: "Partner" });
  return pageMetadata({ locale, path: `/partners/${slug}`, title: t("metaTitle", { country: partner.name }), description: partner.summary });
}

export default async function PartnerPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const partner = await loadPartnerProfile(locale, slug);
  if (!partner) notFound();
  const t = await getTranslations("Partner");

  return (
    <>
      <PartnerHeader partner={partner} />
      <div className="container-page">
        <div className="pt-10">
          <PartnerActions country={partner.name} isoAlpha2={partner.isoAlpha2} />
        </div>
        {partner.facts.length > 0 ? (
          <Section id="facts" title={t("facts.title")}>
            <KeyFigures facts={partner.facts} />
          </Section>
        ) : null}
        {partner.regions.length > 0 ? (
          <Section id="regions" title={t("regions.title")}>
            <PartnerRegions regions={partner.regions} country={partner.name} />
          </Section>
        ) : null}
        {partner.milestones.length > 0 ? (
          <Section id="timeline" title={t("timeline.title")}>
            <Timeline entries={partner.milestones} showSources />
          </Section>
        ) : null}
        {partner.organisations.length > 0 ? (
          <Section id="organisations" title={t("organisations.title")}>
            <Organisations items={partner.organisations} />
          </Section>
        ) : null}
        {partner.representations.length > 0 ? (
          <Section id="representations" title={t("representations.title")}>
            <Representations items={partner.representations} linkPartners={false} />
          </Section>
        ) : null}
        <Section id="sources" title={t("sources.title")}>
          <SourcesList sources={partner.sources} />
        </Section>
      </div>
    </>
  );
}
