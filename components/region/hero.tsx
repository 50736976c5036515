import { useTranslations } from "next-intl";
import { FigureSources } from "@/components/sez/figure-sources";
import { LinkButton } from "@/components/ui/link-button";
import { SourceCite } from "@/components/ui/source-cite";
import type { SezFigureItem, SourceRef } from "@/lib/content/types";

/**
 * The figures the hero box shows at a glance, each with where it comes from: the
 * region's document for the sea and the trade partner, the SEZ's location
 * figures (with their own sources and dates) for the site and the corridors.
 */
export interface HeroSources {
  regionDoc: SourceRef | undefined;
  site: SezFigureItem | undefined;
  corridors: SezFigureItem | undefined;
}

/** The home page's opening band: who we are and the two main ways in. */
export function RegionHero({ sources }: { sources: HeroSources }) {
  const t = useTranslations("Region");
  const glance = [
    { key: "sea", cite: sources.regionDoc ? <SourceCite source={sources.regionDoc} className="" /> : null },
    { key: "river", cite: sources.site ? <FigureSources figure={sources.site} /> : null },
    { key: "corridor", cite: sources.corridors ? <FigureSources figure={sources.corridors} /> : null },
    { key: "zone", cite: sources.regionDoc ? <SourceCite source={sources.regionDoc} className="" /> : null },
  ] as const;
  return (
    <div className="bg-brand-900 text-white">
      <div className="container-page grid gap-8 py-14 md:grid-cols-[3fr_2fr] md:items-center md:py-20">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-100 uppercase">{t("eyebrow")}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight md:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-brand-50">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <LinkButton href="/sez" variant="light">
              {t("ctaSez")}
            </LinkButton>
            <LinkButton href="/sez/eligibility" variant="outlineLight">
              {t("ctaEligibility")}
            </LinkButton>
          </div>
        </div>
        {/* Light box: the citations inside use the site's normal link colours. */}
        <dl className="grid gap-4 rounded-lg bg-white p-6 text-ink sm:grid-cols-2">
          {glance.map(({ key, cite }) => (
            <div key={key} data-sourced={cite ? "" : undefined}>
              <dt className="text-sm text-muted">{t(`glance.${key}.label`)}</dt>
              <dd className="mt-1 font-semibold">{t(`glance.${key}.value`)}</dd>
              {cite ? <dd className="mt-1 text-xs font-normal text-muted [&_p]:text-xs">{cite}</dd> : null}
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
