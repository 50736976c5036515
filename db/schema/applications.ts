import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, boolean, index, integer, jsonb, pgEnum, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { APPLICATION_STATUSES, COMPANY_SIZES, DOCUMENT_SLOTS, FINANCING_SOURCES, type RequestedItem } from "@/lib/applications/enums";
// Types only (erased at build): the jsonb columns hold the validated output of each form step.
import type { CompanyStep, ContactStep, InvestmentStep, ProjectStep } from "@/lib/applications/validation";
import { FINANCING_PROOF_TYPES, LEGAL_ENTITY_STATUSES, SECTORS } from "@/lib/sez/enums";
import { users } from "./accounts";

export const applicationStatus = pgEnum("application_status", APPLICATION_STATUSES);
export const applicationSector = pgEnum("application_sector", SECTORS);
export const companySize = pgEnum("company_size", COMPANY_SIZES);
export const legalEntityStatus = pgEnum("legal_entity_status", LEGAL_ENTITY_STATUSES);
export const financingProof = pgEnum("financing_proof", FINANCING_PROOF_TYPES);
export const financingSource = pgEnum("financing_source", FINANCING_SOURCES);
export const documentSlot = pgEnum("document_slot", DOCUMENT_SLOTS);

/**
 * The words staff search in: reference, company, contact name and e-mail, with
 * punctuation turned into spaces ("LOT-2026-00042" → lot 2026 00042). Full-text
 * with the `simple` configuration needs no extension, so the GIN index works on
 * PGlite and PostgreSQL alike; the query must use this exact expression.
 */
export function applicationSearchDocument(t: { reference: AnyPgColumn; companyName: AnyPgColumn; contactName: AnyPgColumn; contactEmail: AnyPgColumn }) {
  return sql`to_tsvector('simple'::regconfig, translate(coalesce(${t.reference}, '') || ' ' || coalesce(${t.companyName}, '') || ' ' || coalesce(${t.contactName}, '') || ' ' || coalesce(${t.contactEmail}, ''), '-@._/,:()&+', '           '))`;
}

/** LOT-2026-00042: the number part comes from this sequence, taken once at submission. */
export const applicationReferenceSeq = pgSequence("application_reference_seq", { startWith: 1 });

/**
 * One row per application, from draft to decision. Each form step is stored as
 * the validated output of its zod schema (jsonb, typed), and the fields staff
 * filter and sort on are kept as real columns beside it.
 */
export const applications = pgTable(
  "applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Chosen by the browser when the draft is started: a double click starts one draft. */
    idempotencyKey: uuid().notNull(),
    reference: text(),
    status: applicationStatus().notNull().default("draft"),
    /** Optimistic concurrency: every change is `… where version = $seen`. */
    version: integer().notNull().default(1),
    company: jsonb().$type<CompanyStep>(),
    project: jsonb().$type<ProjectStep>(),
    investment: jsonb().$type<InvestmentStep>(),
    contact: jsonb().$type<ContactStep>(),
    /** The furthest step saved, to resume where the investor stopped. */
    lastStep: text().notNull().default("company"),
    companyName: text(),
    country: text(),
    sector: applicationSector(),
    /** Whole roubles; never a float. */
    investmentRub: bigint({ mode: "number" }),
    belowThreshold: boolean().notNull().default(false),
    contactName: text(),
    contactEmail: text(),
    assignedReviewerId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("applications_owner_idempotency_key").on(t.ownerId, t.idempotencyKey),
    uniqueIndex("applications_reference_key").on(t.reference),
    index("applications_owner_idx").on(t.ownerId, t.createdAt),
    // Sort column and id in the same direction: the queue orders by (submitted_at, id) both
    // descending (or both ascending), which a backward (or forward) scan of these reads in order.
    // With mixed directions Postgres sorted all 100,000 rows for every page (bench/scenarios/queue.ts).
    index("applications_status_submitted_idx").on(t.status, t.submittedAt, t.id),
    index("applications_country_idx").on(t.country),
    index("applications_sector_idx").on(t.sector),
    index("applications_reviewer_idx").on(t.assignedReviewerId, t.status),
    index("applications_submitted_idx").on(t.submittedAt, t.id).where(sql`${t.submittedAt} is not null`),
    // Staff search over reference, company and contact (lib/applications/queue-search.ts uses the same expression).
    index("applications_search_idx").using("gin", applicationSearchDocument(t)),
  ],
);
export type Application = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;

/** Every status change: who, when, from, to, and the reason the applicant sees. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    fromStatus: applicationStatus(),
    toStatus: applicationStatus().notNull(),
    reason: text(),
    /** For info_requested: the fields and documents flagged, each with a comment. */
    requestedItems: jsonb().$type<RequestedItem[]>(),
  },
  (t) => [index("application_events_application_idx").on(t.applicationId, t.at)],
);
export type ApplicationEvent = typeof applicationEvents.$inferSelect;
export type { RequestedItem } from "@/lib/applications/enums";

export const applicationDocuments = pgTable(
  "application_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    slot: documentSlot().notNull(),
    /** Random id under which the storage backend keeps the bytes. */
    storageKey: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("application_documents_slot_key").on(t.applicationId, t.slot), uniqueIndex("application_documents_storage_key").on(t.storageKey)],
);
export type ApplicationDocument = typeof applicationDocuments.$inferSelect;

/** The thread between the applicant and the staff reviewing the application. */
export const applicationMessages = pgTable(
  "application_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    fromStaff: boolean().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_messages_application_idx").on(t.applicationId, t.createdAt)],
);
export type ApplicationMessage = typeof applicationMessages.$inferSelect;

/** Internal notes: staff only, never shown to the applicant. */
export const applicationNotes = pgTable(
  "application_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_notes_application_idx").on(t.applicationId, t.createdAt)],
);
export type ApplicationNote = typeof applicationNotes.$inferSelect;

/** Expected duration of each stage, shown on the applicant's timeline; admins may change it. */
export const stageDurations = pgTable("stage_durations", {
  status: applicationStatus().primaryKey(),
  expectedDays: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
