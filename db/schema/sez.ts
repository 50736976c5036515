import { relations, sql } from "drizzle-orm";
import { check, index, integer, numeric, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { figureStatuses, figureUnits, sezDocumentKinds, sezFigureCategories, sourceRelations } from "@/lib/content/enums";
import { localized, staffEdited, timestamps } from "./content-columns";
import { contentSources, sourced, valueQualifierEnum } from "./content-sources";

// The Lotus SEZ fact sheet: its figures (with every source that confirms or
// contradicts them), the steps to residency and the documents an application needs.

export const sezFigureCategoryEnum = pgEnum("sez_figure_category", sezFigureCategories);
export const figureUnitEnum = pgEnum("figure_unit", figureUnits);
export const figureStatusEnum = pgEnum("figure_status", figureStatuses);
export const sourceRelationEnum = pgEnum("source_relation", sourceRelations);
export const sezDocumentKindEnum = pgEnum("sez_document_kind", sezDocumentKinds);

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
    ...staffEdited(),
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
