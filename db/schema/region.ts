import { relations, sql } from "drizzle-orm";
import { boolean, char, check, index, integer, numeric, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { milestoneKinds, organisationOrigins, organisationSectors, partnerGroups, relationStages, representationKinds, spheres } from "@/lib/content/enums";
import { localized, staffEdited, timestamps } from "./content-columns";
import { contentSources, sourced, valueQualifierEnum } from "./content-sources";

// The region's foreign partners (source: the region's document on international
// cooperation): countries, their regions, organisations, milestones,
// representations and key figures.

export const partnerGroupEnum = pgEnum("partner_group", partnerGroups);
export const relationStageEnum = pgEnum("relation_stage", relationStages);
export const sphereEnum = pgEnum("cooperation_sphere", spheres);
export const organisationSectorEnum = pgEnum("organisation_sector", organisationSectors);
export const organisationOriginEnum = pgEnum("organisation_origin", organisationOrigins);
export const milestoneKindEnum = pgEnum("milestone_kind", milestoneKinds);
export const representationKindEnum = pgEnum("representation_kind", representationKinds);

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
    ...staffEdited(),
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
    ...staffEdited(),
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
