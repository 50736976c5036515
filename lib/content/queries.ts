import "server-only";
import { arrayContains, asc, eq, sql } from "drizzle-orm";
import { contentSources, partners } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localized";
import { sezFigureCategories, type Sphere } from "./enums";
import {
  chronological,
  distinctSources,
  localizeOrNull,
  milestoneColumns,
  regionFactColumns,
  representationColumns,
  sourceColumns,
  toRegionFact,
  toRepresentation,
  toSource,
  toTimelineEntry,
} from "./rows";
import type { PartnerListItem, PartnerProfile, RegionOverview, SezFigureItem, SezOverview } from "./types";

// Public, read-only content. Every function returns public fields only, with
// texts localized for `locale` (English when a translation is missing), in a
// fixed number of queries whatever the amount of content (no N+1).

/** The region page: representations hosted in Astrakhan, key figures, highlighted milestones. */
export async function getRegionOverview(db: Database, locale: Locale): Promise<RegionOverview> {
  const [representations, facts, timeline] = await Promise.all([
    db.query.representations.findMany({ ...representationColumns, orderBy: (r) => [asc(r.sortOrder), asc(r.slug)] }),
    db.query.regionFacts.findMany({ ...regionFactColumns, orderBy: (f) => [asc(f.sortOrder), asc(f.key)] }),
    db.query.milestones.findMany({
      ...milestoneColumns,
      where: (m) => eq(m.highlight, true),
      orderBy: chronological,
    }),
  ]);
  return {
    representations: representations.map((r) => toRepresentation(r, locale)),
    facts: facts.map((f) => toRegionFact(f, locale)),
    timeline: timeline.map((m) => toTimelineEntry(m, locale)),
  };
}

const listColumns = {
  slug: partners.slug,
  isoAlpha2: partners.isoAlpha2,
  isoNumeric: partners.isoNumeric,
  group: partners.group,
  stage: partners.stage,
  spheres: partners.spheres,
  name: partners.name,
  summary: partners.summary,
};
const listSourceColumns = {
  id: contentSources.id,
  title: contentSources.title,
  url: contentSources.url,
  publishedOn: contentSources.publishedOn,
};

type ListRow = { [K in keyof typeof listColumns]: (typeof listColumns)[K]["_"]["data"] };

function toListItem(row: ListRow & { source: Parameters<typeof toSource>[0] }, locale: Locale): PartnerListItem {
  return { ...row, name: localize(row.name, locale), summary: localize(row.summary, locale), source: toSource(row.source, locale) };
}

/** All partners, by group (caspian, asia, europe, gulf) then editorial order; optionally one sphere only. */
export async function listPartners(
  db: Database,
  locale: Locale,
  filter: { sphere?: Sphere } = {},
): Promise<PartnerListItem[]> {
  const rows = await db
    .select({ ...listColumns, source: listSourceColumns })
    .from(partners)
    .innerJoin(contentSources, eq(partners.sourceId, contentSources.id))
    .where(filter.sphere ? arrayContains(partners.spheres, [filter.sphere]) : undefined)
    .orderBy(asc(partners.group), asc(partners.sortOrder), asc(partners.slug));
  return rows.map((row) => toListItem(row, locale));
}

/** Slugs of every partner, for static generation of the profile pages. */
export async function listPartnerSlugs(db: Database): Promise<string[]> {
  const rows = await db.select({ slug: partners.slug }).from(partners).orderBy(asc(partners.sortOrder), asc(partners.slug));
  return rows.map((row) => row.slug);
}

/** One partner's page in a single query; null for an unknown slug (the page calls notFound()). */
export async function getPartnerProfile(db: Database, locale: Locale, slug: string): Promise<PartnerProfile | null> {
  const row = await db.query.partners.findFirst({
    columns: {
      slug: true,
      isoAlpha2: true,
      isoNumeric: true,
      group: true,
      stage: true,
      spheres: true,
      name: true,
      summary: true,
    },
    where: (p) => eq(p.slug, slug),
    with: {
      source: sourceColumns,
      regions: {
        columns: { slug: true, name: true, yearFrom: true, yearTo: true, tiesNote: true },
        with: { source: sourceColumns },
        orderBy: (r) => [sql`${r.yearFrom} asc nulls last`, asc(r.sortOrder), asc(r.slug)],
      },
      organisations: {
        columns: { slug: true, name: true, role: true, sector: true, origin: true },
        with: { source: sourceColumns },
        orderBy: (o) => [asc(o.sortOrder), asc(o.slug)],
      },
      milestones: { ...milestoneColumns, orderBy: chronological },
      representations: { ...representationColumns, orderBy: (r) => [asc(r.sortOrder), asc(r.slug)] },
      regionFacts: { ...regionFactColumns, orderBy: (f) => [asc(f.sortOrder), asc(f.key)] },
    },
  });
  if (!row) return null;

  const { source, regions, organisations, milestones, representations, regionFacts, ...partner } = row;
  const profile: Omit<PartnerProfile, "sources"> = {
    ...toListItem({ ...partner, source }, locale),
    regions: regions.map((r) => ({
      slug: r.slug,
      name: localize(r.name, locale),
      yearFrom: r.yearFrom,
      yearTo: r.yearTo,
      tiesNote: localizeOrNull(r.tiesNote, locale),
      source: toSource(r.source, locale),
    })),
    organisations: organisations.map((o) => ({
      slug: o.slug,
      name: localize(o.name, locale),
      role: localize(o.role, locale),
      sector: o.sector,
      origin: o.origin,
      source: toSource(o.source, locale),
    })),
    milestones: milestones.map((m) => toTimelineEntry(m, locale)),
    representations: representations.map((r) => toRepresentation(r, locale)),
    facts: regionFacts.map((f) => toRegionFact(f, locale)),
  };
  const sources = distinctSources(
    [profile, ...profile.regions, ...profile.organisations, ...profile.milestones, ...profile.representations, ...profile.facts].map(
      (item) => item.source,
    ),
  );
  return { ...profile, sources };
}

/** The Lotus SEZ page: figures by category with status and sources, stages, application documents. */
export async function getSezOverview(db: Database, locale: Locale): Promise<SezOverview> {
  const [figures, stages, documents] = await Promise.all([
    db.query.sezFigures.findMany({
      columns: {
        key: true,
        category: true,
        label: true,
        value: true,
        unit: true,
        qualifier: true,
        durationYears: true,
        displayText: true,
        status: true,
        statusNote: true,
        sourceDate: true,
      },
      with: {
        source: sourceColumns,
        otherSources: { columns: { relation: true }, with: { source: sourceColumns }, orderBy: (s) => [asc(s.position)] },
      },
      orderBy: (f) => [asc(f.category), asc(f.sortOrder), asc(f.key)],
    }),
    db.query.sezStages.findMany({
      columns: { key: true, position: true, title: true, description: true },
      with: { source: sourceColumns },
      orderBy: (s) => [asc(s.position)],
    }),
    db.query.sezDocuments.findMany({
      columns: { key: true, kind: true, position: true, name: true, description: true },
      with: { source: sourceColumns },
      orderBy: (d) => [asc(d.kind), asc(d.position), asc(d.key)],
    }),
  ]);

  const items: SezFigureItem[] = figures.map((f) => ({
    ...f,
    label: localize(f.label, locale),
    displayText: localize(f.displayText, locale),
    statusNote: localizeOrNull(f.statusNote, locale),
    source: toSource(f.source, locale),
    otherSources: f.otherSources.map((o) => ({ ...toSource(o.source, locale), relation: o.relation })),
  }));
  return {
    figuresByCategory: sezFigureCategories.map((category) => ({
      category,
      figures: items.filter((item) => item.category === category),
    })),
    stages: stages.map((s) => ({
      key: s.key,
      position: s.position,
      title: localize(s.title, locale),
      description: localize(s.description, locale),
      source: toSource(s.source, locale),
    })),
    documents: documents.map((d) => ({
      key: d.key,
      kind: d.kind,
      position: d.position,
      name: localize(d.name, locale),
      description: localizeOrNull(d.description, locale),
      source: toSource(d.source, locale),
    })),
  };
}
