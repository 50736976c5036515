import { pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { valueQualifiers } from "@/lib/content/enums";
import { localized, timestamps } from "./content-columns";

// The documents the public content (region.ts, sez.ts) is taken from, and the
// qualifier both use for a stated value ("about", "more than").

export const valueQualifierEnum = pgEnum("value_qualifier", valueQualifiers);

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

/** Every content row names its source; `sourceNote` is an editorial locator ("para. 4"), not shown publicly. */
export const sourced = () => ({
  sourceId: text()
    .notNull()
    .references(() => contentSources.id),
  sourceNote: text(),
});
