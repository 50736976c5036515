import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/content/format";
import type { SourceRef } from "@/lib/content/types";

/**
 * "Source: <title>, <date>". Linked when the source is on the web; the region's
 * own document has no URL and is named only. `date` overrides the source's date
 * (a figure is dated by when it was given, not when the page was published).
 *
 * `data-cite` marks an element that names a source: every figure on a public
 * page must sit inside a `data-sourced` element holding one (e2e/figures-sourced.spec.ts).
 */
export function SourceCite({ source, date, className }: { source: SourceRef; date?: string | null; className?: string }) {
  const t = useTranslations("Content");
  const locale = useLocale();
  const when = formatPartialDate(date !== undefined ? date : source.publishedOn, locale);
  return (
    <p data-cite="" className={className ?? "text-sm text-muted"}>
      <span>{t("source")}: </span>
      <SourceTitle source={source} />
      {when ? <span>, {when}</span> : null}
    </p>
  );
}

export function SourceTitle({ source }: { source: SourceRef }) {
  return source.url ? (
    <a href={source.url} rel="external noopener" className="text-brand-700 underline hover:text-brand-900">
      {source.title}
    </a>
  ) : (
    <cite className="not-italic">{source.title}</cite>
  );
}
