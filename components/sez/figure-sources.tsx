import { useLocale, useTranslations } from "next-intl";
import { SourceCite, SourceTitle } from "@/components/ui/source-cite";
import { formatPartialDate } from "@/lib/content/format";
import type { FigureSourceRef, SezFigureItem } from "@/lib/content/types";

/**
 * A figure's primary source with the figure's date (or the source's own date, or
 * none), then the sources that also cite or contradict it, each with ITS date:
 * a date belongs to the source that carries it, never to its neighbour.
 */
export function FigureSources({ figure }: { figure: SezFigureItem }) {
  const t = useTranslations("Sez");
  const contradicts = figure.otherSources.filter((s) => s.relation === "contradicts");
  const also = figure.otherSources.filter((s) => s.relation === "also_cited");
  return (
    <div className="text-sm text-muted">
      <SourceCite source={figure.source} date={figure.sourceDate ?? figure.source.publishedOn} className="" />
      {contradicts.length > 0 ? <OtherSources label={t("contradictedBy")} sources={contradicts} /> : null}
      {also.length > 0 ? <OtherSources label={t("alsoCited")} sources={also} /> : null}
    </div>
  );
}

function OtherSources({ label, sources }: { label: string; sources: FigureSourceRef[] }) {
  const locale = useLocale();
  return (
    <p data-cite="">
      {label}:{" "}
      {sources.map((s, i) => {
        const when = formatPartialDate(s.publishedOn, locale);
        return (
          <span key={s.id}>
            {i > 0 ? "; " : null}
            <SourceTitle source={s} />
            {when ? `, ${when}` : null}
          </span>
        );
      })}
    </p>
  );
}
