import { relations, sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "@/lib/i18n/localized";
import {
  figureStatuses,
  figureUnits,
  milestoneKinds,
  organisationOrigins,
  organisationSectors,
  partnerGroups,
  relationStages,
  representationKinds,
  sezDocumentKinds,
  sezFigureCategories,
  sourceRelations,
  spheres,
  valueQualifiers,
} from "@/lib/content/enums";

// Public content: the region's foreign partners (source: the region's document on
// international cooperation) and the Lotus SEZ fact sheet. Every row names its
// source; `sourceNote` is an editorial locator ("para. 4"), not shown publicly.

export const partnerGroupEnum = pgEnum("partner_group", partnerGroups);
export const relationStageEnum = pgEnum("relation_stage", relationStages);
export const sphereEnum = pgEnum("cooperation_sphere", spheres);
export const organisationSectorEnum = pgEnum("organisation_sector", organisationSectors);
export const organisationOriginEnum = pgEnum("organisation_origin", organisationOrigins);
export const milestoneKindEnum = pgEnum("milestone_kind", milestoneKinds);
export const representationKindEnum = pgEnum("representation_kind", representationKinds);
export const valueQualifierEnum = pgEnum("value_qualifier", valueQualifiers);
export const sezFigureCategoryEnum = pgEnum("sez_figure_category", sezFigureCategories);
export const figureUnitEnum = pgEnum("figure_unit", figureUnits);
export const figureStatusEnum = pgEnum("figure_status", figureStatuses);
export const sourceRelationEnum = pgEnum("source_relation", sourceRelations);
export const sezDocumentKindEnum = pgEnum("sez_document_kind", sezDocumentKinds);

const localized = () => jsonb().$type<LocalizedText>();

const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

const sourced = () => ({
  sourceId: text()
    .notNull()
    .references(() => contentSources.id),
  sourceNote: text(),
});

/** A document the content is taken from; `fileName` is its copy in shared/sources. */
export const contentSources = pgTable("content_sources", {
  id: text().primaryKey(),
  title: localized().notNull(),
  url: text(),
  /** ISO 8601, possibly partial: "2015", "2023-01-12". */
  publishedOn: text(),
  fileName: text().notNull(),
  ...timestamps(),
});
export type ContentSource = typeof contentSources.$inferSelect;
export type NewContentSource = typeof contentSources.$inferInsert;

export const partners = pgTable(
  "partners",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    isoAlpha2: char({ length: 2 }).notNull().unique("partners_iso_alpha2_unique"),
    /** ISO 3166 numeric, zero-padded ("048"): the id of world-atlas geometries. */
    isoNumeric: char({ length: 3 }).notNull().unique("partners_iso_numeric_unique"),
    group: partnerGroupEnum().notNull(),
    stage: relationStageEnum().notNull(),
    spheres: sphereEnum().array().notNull().default(sql`'{}'`),
    name: localized().notNull(),
    summary: localized().notNull(),
    sortOrder: integer().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [
    index("partners_group_sort_idx").on(t.group, t.sortOrder),
    index("partners_spheres_idx").using("gin", t.spheres),
  ],
);
export type Partner = typeof partners.$inferSelect;
export type NewPartner = typeof partners.$inferInsert;

/** A province or region of a partner country with which ties were established. */
export const partnerRegions = pgTable(
  "partner_regions",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    name: localized().notNull(),
    /** Year ties began; `yearTo` closes a range ("1993–1994"). Null when the source gives none. */
    yearFrom: integer(),
    yearTo: integer(),
    /** Shown instead of, or beside, the years ("recently initiated"). */
    tiesNote: localized(),
    sortOrder: integer().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [
    index("partner_regions_partner_idx").on(t.partnerId, t.sortOrder),
    check("partner_regions_years_check", sql`${t.yearTo} is null or (${t.yearFrom} is not null and ${t.yearTo} >= ${t.yearFrom})`),
  ],
);
export type PartnerRegion = typeof partnerRegions.$inferSelect;
export type NewPartnerRegion = typeof partnerRegions.$inferInsert;

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    origin: organisationOriginEnum().notNull().default("partner_country"),
    sector: organisationSectorEnum().notNull(),
    name: localized().notNull(),
    role: localized().notNull(),
    sortOrder: integer().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [
    index("organisations_partner_idx").on(t.partnerId, t.sortOrder),
    index("organisations_sector_idx").on(t.sector),
  ],
);
export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

/** A dated event; `yearTo` closes a span ("2010–2015"), month/day only when the source has them. */
export const milestones = pgTable(
  "milestones",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    partnerId: uuid().references(() => partners.id, { onDelete: "cascade" }),
    kind: milestoneKindEnum().notNull(),
    year: integer().notNull(),
    yearTo: integer(),
    month: integer(),
    day: integer(),
    /** Shown on the region overview's timeline. */
    highlight: boolean().notNull().default(false),
    summary: localized().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [
    index("milestones_partner_idx").on(t.partnerId),
    index("milestones_year_idx").on(t.year, t.month, t.day),
    check("milestones_year_to_check", sql`${t.yearTo} is null or ${t.yearTo} >= ${t.year}`),
    check("milestones_month_check", sql`${t.month} is null or ${t.month} between 1 and 12`),
    check("milestones_day_check", sql`${t.day} is null or (${t.month} is not null and ${t.day} between 1 and 31)`),
  ],
);
export type Milestone = typeof milestones.$inferSelect;
export type NewMilestone = typeof milestones.$inferInsert;

/** Foreign and federal representations hosted in the region. */
export const representations = pgTable(
  "representations",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: representationKindEnum().notNull(),
    partnerId: uuid().references(() => partners.id, { onDelete: "set null" }),
    name: localized().notNull(),
    sortOrder: integer().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [index("representations_partner_idx").on(t.partnerId)],
);
export type Representation = typeof representations.$inferSelect;
export type NewRepresentation = typeof representations.$inferInsert;

/** Key figures of the region ("about 175 companies with Iranian investment"). */
export const regionFacts = pgTable(
  "region_facts",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    partnerId: uuid().references(() => partners.id, { onDelete: "set null" }),
    label: localized().notNull(),
    value: numeric({ mode: "number" }),
    qualifier: valueQualifierEnum().notNull().default("exact"),
    displayValue: localized().notNull(),
    sortOrder: integer().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [index("region_facts_partner_idx").on(t.partnerId)],
);
export type RegionFact = typeof regionFacts.$inferSelect;
export type NewRegionFact = typeof regionFacts.$inferInsert;

/**
 * One figure of the SEZ fact sheet. A figure whose sources disagree is `conflicting`
 * and keeps `value` null (the display text names every version); an unverified or
 * possibly outdated one is `to_be_confirmed`. Both need a status note.
 */
export const sezFigures = pgTable(
  "sez_figures",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    category: sezFigureCategoryEnum().notNull(),
    label: localized().notNull(),
    value: numeric({ mode: "number" }),
    unit: figureUnitEnum(),
    qualifier: valueQualifierEnum().notNull().default("exact"),
    durationYears: integer(),
    displayText: localized().notNull(),
    status: figureStatusEnum().notNull().default("confirmed"),
    statusNote: localized(),
    /** The date the fact sheet gives the figure (ISO 8601, possibly partial). */
    sourceDate: text(),
    sortOrder: integer().notNull(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [
    index("sez_figures_category_idx").on(t.category, t.sortOrder),
    index("sez_figures_status_idx").on(t.status),
    check("sez_figures_status_note_check", sql`${t.status} = 'confirmed' or ${t.statusNote} is not null`),
    check("sez_figures_unit_check", sql`${t.value} is null or ${t.unit} is not null`),
  ],
);
export type SezFigure = typeof sezFigures.$inferSelect;
export type NewSezFigure = typeof sezFigures.$inferInsert;

/** Sources of a figure beyond its primary `sourceId`: also cited, or contradicting it. */
export const sezFigureSources = pgTable(
  "sez_figure_sources",
  {
    figureId: uuid()
      .notNull()
      .references(() => sezFigures.id, { onDelete: "cascade" }),
    sourceId: text()
      .notNull()
      .references(() => contentSources.id),
    relation: sourceRelationEnum().notNull(),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.figureId, t.sourceId] })],
);
export type SezFigureSource = typeof sezFigureSources.$inferSelect;
export type NewSezFigureSource = typeof sezFigureSources.$inferInsert;

/** The steps from first contact to the resident certificate, in order. */
export const sezStages = pgTable("sez_stages", {
  id: uuid().primaryKey().defaultRandom(),
  key: text().notNull().unique(),
  position: integer().notNull().unique(),
  title: localized().notNull(),
  description: localized().notNull(),
  ...sourced(),
  ...timestamps(),
});
export type SezStage = typeof sezStages.$inferSelect;
export type NewSezStage = typeof sezStages.$inferInsert;

/** What an application states and which documents go with it. */
export const sezDocuments = pgTable(
  "sez_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    kind: sezDocumentKindEnum().notNull(),
    position: integer().notNull(),
    name: localized().notNull(),
    description: localized(),
    ...sourced(),
    ...timestamps(),
  },
  (t) => [index("sez_documents_kind_idx").on(t.kind, t.position)],
);
export type SezDocument = typeof sezDocuments.$inferSelect;
export type NewSezDocument = typeof sezDocuments.$inferInsert;

export const partnersRelations = relations(partners, ({ one, many }) => ({
  source: one(contentSources, { fields: [partners.sourceId], references: [contentSources.id] }),
  regions: many(partnerRegions),
  organisations: many(organisations),
  milestones: many(milestones),
  representations: many(representations),
  regionFacts: many(regionFacts),
}));

export const partnerRegionsRelations = relations(partnerRegions, ({ one }) => ({
  partner: one(partners, { fields: [partnerRegions.partnerId], references: [partners.id] }),
  source: one(contentSources, { fields: [partnerRegions.sourceId], references: [contentSources.id] }),
}));

export const organisationsRelations = relations(organisations, ({ one }) => ({
  partner: one(partners, { fields: [organisations.partnerId], references: [partners.id] }),
  source: one(contentSources, { fields: [organisations.sourceId], references: [contentSources.id] }),
}));

export const milestonesRelations = relations(milestones, ({ one }) => ({
  partner: one(partners, { fields: [milestones.partnerId], references: [partners.id] }),
  source: one(contentSources, { fields: [milestones.sourceId], references: [contentSources.id] }),
}));

export const representationsRelations = relations(representations, ({ one }) => ({
  partner: one(partners, { fields: [representations.partnerId], references: [partners.id] }),
  source: one(contentSources, { fields: [representations.sourceId], references: [contentSources.id] }),
}));

export const regionFactsRelations = relations(regionFacts, ({ one }) => ({
  partner: one(partners, { fields: [regionFacts.partnerId], references: [partners.id] }),
  source: one(contentSources, { fields: [regionFacts.sourceId], references: [contentSources.id] }),
}));

export const sezFiguresRelations = relations(sezFigures, ({ one, many }) => ({
  source: one(contentSources, { fields: [sezFigures.sourceId], references: [contentSources.id] }),
  otherSources: many(sezFigureSources),
}));

export const sezFigureSourcesRelations = relations(sezFigureSources, ({ one }) => ({
  figure: one(sezFigures, { fields: [sezFigureSources.figureId], references: [sezFigures.id] }),
  source: one(contentSources, { fields: [sezFigureSources.sourceId], references: [contentSources.id] }),
}));

export const sezStagesRelations = relations(sezStages, ({ one }) => ({
  source: one(contentSources, { fields: [sezStages.sourceId], references: [contentSources.id] }),
}));

export const sezDocumentsRelations = relations(sezDocuments, ({ one }) => ({
  source: one(contentSources, { fields: [sezDocuments.sourceId], references: [contentSources.id] }),
}));
