import { sql } from "drizzle-orm";
import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { COUNCIL_OUTCOMES } from "@/lib/council/enums";
import { users } from "./accounts";
import { applications } from "./applications";

export const councilOutcome = pgEnum("council_outcome", COUNCIL_OUTCOMES);

/**
 * The expert council's decision on an application, as staff record it after
 * the meeting. An application can come back to the council (after it asked
 * for information), so there may be several, one per time it was sent.
 */
export const councilDecisions = pgTable(
  "council_decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    outcome: councilOutcome().notNull(),
    /** The day the council met (a calendar date, no time zone). */
    meetingDate: date({ mode: "string" }).notNull(),
    /** What the applicant reads (required for a rejection or a request for information). */
    reason: text(),
    recordedById: uuid().references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("council_decisions_application_idx").on(t.applicationId, t.recordedAt)],
);
export type CouncilDecision = typeof councilDecisions.$inferSelect;

/**
 * One member's opinion. Open (decision_id null) until staff record the
 * council's decision, which closes every open opinion on the application by
 * pointing it at the decision; a member has at most one open opinion per
 * application (partial unique index), changed in place until then.
 */
export const councilOpinions = pgTable(
  "council_opinions",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    recommendation: councilOutcome().notNull(),
    reason: text().notNull(),
    decisionId: uuid().references(() => councilDecisions.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("council_opinions_open_key").on(t.applicationId, t.memberId).where(sql`${t.decisionId} is null`),
    index("council_opinions_decision_idx").on(t.decisionId),
  ],
);
export type CouncilOpinion = typeof councilOpinions.$inferSelect;
