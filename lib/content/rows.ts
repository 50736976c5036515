import { asc, sql, type AnyColumn } from "drizzle-orm";
import type { ContentSource, Partner, RegionFact, Representation } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { localize, type LocalizedText } from "@/lib/i18n/localized";
import type { PartnerRef, RegionFactItem, RepresentationItem, SourceRef, TimelineEntry } from "./types";

// Column selections shared by the content queries, and the mappers that turn
// their rows into localized, public-only items.

export const sourceColumns = { columns: { id: true, title: true, url: true, publishedOn: true } } as const;
export const partnerRefColumns = { columns: { slug: true, name: true, isoAlpha2: true } } as const;

export const milestoneColumns = {
  columns: { key: true, kind: true, year: true, yearTo: true, month: true, day: true, summary: true },
  with: { partner: partnerRefColumns, source: sourceColumns },
} as const;

export const representationColumns = {
  columns: { slug: true, kind: true, name: true },
  with: { partner: partnerRefColumns, source: sourceColumns },
} as const;

export const regionFactColumns = {
  columns: { key: true, label: true, value: true, qualifier: true, displayValue: true },
  with: { partner: partnerRefColumns, source: sourceColumns },
} as const;

/** Oldest first; within a year, events without a month come first. */
export const chronological = (m: { year: AnyColumn; month: AnyColumn; day: AnyColumn; key: AnyColumn }) => [
  asc(m.year),
  sql`${m.month} asc nulls first`,
  sql`${m.day} asc nulls first`,
  asc(m.key),
];

type SourceRow = Pick<ContentSource, "id" | "title" | "url" | "publishedOn">;
type PartnerRefRow = Pick<Partner, "slug" | "name" | "isoAlpha2">;
type Related = { partner: PartnerRefRow | null; source: SourceRow };

export const localizeOrNull = (text: LocalizedText | null, locale: Locale): string | null =>
  text ? localize(text, locale) : null;

export function toSource(row: SourceRow, locale: Locale): SourceRef {
  return { id: row.id, title: localize(row.title, locale), url: row.url, publishedOn: row.publishedOn };
}

export function toPartnerRef(row: PartnerRefRow | null, locale: Locale): PartnerRef | null {
  return row ? { slug: row.slug, name: localize(row.name, locale), isoAlpha2: row.isoAlpha2 } : null;
}

export function toTimelineEntry(
  row: Omit<TimelineEntry, "summary" | "partner" | "source"> & { summary: LocalizedText } & Related,
  locale: Locale,
): TimelineEntry {
  return {
    key: row.key,
    kind: row.kind,
    year: row.year,
    yearTo: row.yearTo,
    month: row.month,
    day: row.day,
    summary: localize(row.summary, locale),
    partner: toPartnerRef(row.partner, locale),
    source: toSource(row.source, locale),
  };
}

export function toRepresentation(
  row: Pick<Representation, "slug" | "kind" | "name"> & Related,
  locale: Locale,
): RepresentationItem {
  return {
    slug: row.slug,
    kind: row.kind,
    name: localize(row.name, locale),
    partner: toPartnerRef(row.partner, locale),
    source: toSource(row.source, locale),
  };
}

export function toRegionFact(
  row: Pick<RegionFact, "key" | "label" | "value" | "qualifier" | "displayValue"> & Related,
  locale: Locale,
): RegionFactItem {
  return {
    key: row.key,
    label: localize(row.label, locale),
    value: row.value,
    qualifier: row.qualifier,
    displayValue: localize(row.displayValue, locale),
    partner: toPartnerRef(row.partner, locale),
    source: toSource(row.source, locale),
  };
}

export function distinctSources(refs: SourceRef[]): SourceRef[] {
  const byId = new Map<string, SourceRef>();
  for (const ref of refs) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  return [...byId.values()];
}
