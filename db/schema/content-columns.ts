import { sql } from "drizzle-orm";
import { jsonb, text, timestamp } from "drizzle-orm/pg-core";
import type { LocalizedText } from "@/lib/i18n/localized";

// Column helpers of the public content tables (content-sources.ts, region.ts, sez.ts).
// Not exported from the schema index: they are not tables.

export const localized = () => jsonb().$type<LocalizedText>();

export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Columns a staff member changed in the admin (lib/content/editing.ts). The seed fills
 * what is missing and leaves these as staff left them (db/seed/content/upsert.ts).
 */
export const staffEdited = () => ({ editedFields: text().array().notNull().default(sql`'{}'`) });
