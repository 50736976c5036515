import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Documents } from "@/components/sez/documents";
import { FigureList } from "@/components/sez/figure-list";
import { IncentivesTable } from "@/components/sez/incentives-table";
import { SezTools } from "@/components/sez/sez-tools";
import { Stages } from "@/components/sez/stages";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader, Section } from "@/components/ui/section";
import { Sourced } from "@/components/ui/sourced";
import { loadSezOverview } from "@/lib/content/cached";
import type { SezFigureCategory } from "@/lib/content/enums";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/sez">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Sez" });
  return pageMetadata({ locale, path: "/sez", title: t("metaTitle"), description: t("metaDescription") });
}

export default async function SezPage({ params }: PageProps<"/[locale]/sez">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, sez] = await Promise.all([getTranslations("Sez"), loadSezOverview(locale)]);
  const figures = (...categories: SezFigureCategory[]) =>
    sez.figuresByCategory.filter((c) => categories.includes(c.category)).flatMap((c) => c.figures);

  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")}>
        <LinkButton href="/sez/eligibility">{t("ctaEligibility")}</LinkButton>
        <LinkButton href="/sez/savings" variant="secondary">
          {t("ctaSavings")}
        </LinkButton>
      </PageHeader>
      <div className="container-page">
        <Section id="about" title={t("about.title")} intro={t("about.intro")}>
          <FigureList figures={figures("identity", "location")} />
        </Section>
        <Section id="incentives" title={t("incentives.title")} intro={t("incentives.intro")}>
          <IncentivesTable figures={figures("incentive")} />
        </Section>
        <Section id="requirements" title={t("requirements.title")} intro={t("requirements.intro")}>
          <FigureList figures={figures("requirement")} />
        </Section>
        <Section id="stages" title={t("stages.title")} intro={t("stages.intro")}>
          <Sourced sources={sez.stages.map((s) => s.source)}>
            <Stages stages={sez.stages} />
          </Sourced>
        </Section>
        <Section id="documents" title={t("documents.title")} intro={t("documents.intro")}>
          <Documents documents={sez.documents} />
        </Section>
        <Section id="performance" title={t("performance.title")} intro={t("performance.intro")}>
          <FigureList figures={figures("performance")} />
        </Section>
        <Section id="tools" title={t("tools.title")}>
          <SezTools />
        </Section>
      </div>
    </>
  );
}
