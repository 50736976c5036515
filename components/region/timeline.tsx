import { useLocale, useTranslations } from "next-intl";
import { SourceCite } from "@/components/ui/source-cite";
import { formatMilestoneDate } from "@/lib/content/format";
import type { TimelineEntry } from "@/lib/content/types";
import { Link } from "@/lib/i18n/link";

/** Milestones, oldest first, as an ordered list with a line down the start edge. */
export function Timeline({
  entries,
  showPartner = false,
  showSources = false,
}: {
  entries: TimelineEntry[];
  showPartner?: boolean;
  showSources?: boolean;
}) {
  const t = useTranslations("Content");
  const locale = useLocale();
  return (
    <ol className="relative border-s-2 border-brand-100 ps-6">
      {entries.map((entry) => (
        <li key={entry.key} data-sourced={showSources ? "" : undefined} className="relative pb-8 last:pb-0">
          <span aria-hidden="true" className="absolute -start-[33px] top-1.5 size-4 rounded-full border-2 border-white bg-brand-700" />
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-lg font-bold text-brand-700">{formatMilestoneDate(entry, locale)}</span>
            <span className="text-sm font-medium text-muted">{t(`milestoneKinds.${entry.kind}`)}</span>
          </p>
          <p className="mt-1 max-w-3xl">{entry.summary}</p>
          {showPartner && entry.partner ? (
            <p className="mt-1 text-sm">
              <Link href={`/partners/${entry.partner.slug}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                {entry.partner.name}
              </Link>
            </p>
          ) : null}
          {showSources ? <SourceCite source={entry.source} className="mt-1 text-sm text-muted" /> : null}
        </li>
      ))}
    </ol>
  );
}
