import { useTranslations } from "next-intl";
import { SourceCite, SourceTitle } from "@/components/ui/source-cite";
import type { SezFigureItem } from "@/lib/content/types";

/** A figure's primary source with its date, then the sources that also cite or contradict it. */
export function FigureSources({ figure }: { figure: SezFigureItem }) {
  const t = useTranslations("Sez");
  const contradicts = figure.otherSources.filter((s) => s.relation === "contradicts");
  const also = figure.otherSources.filter((s) => s.relation === "also_cited");
  return (
    <div className="text-sm text-muted">
      <SourceCite source={figure.source} date={figure.sourceDate ?? figure.source.publishedOn} className="" />
      {contradicts.length > 0 ? (
        <p>
          {t("contradictedBy")}:{" "}
          {contradicts.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? "; " : null}
              <SourceTitle source={s} />
              {s.publishedOn ? ` (${s.publishedOn})` : null}
            </span>
          ))}
        </p>
      ) : null}
      {also.length > 0 ? (
        <p>
          {t("alsoCited")}:{" "}
          {also.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? "; " : null}
              <SourceTitle source={s} />
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
