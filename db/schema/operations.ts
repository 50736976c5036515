import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "failed"]);

/**
 * Every e-mail is written here in the same transaction as the change that
 * caused it; a sender in each app instance delivers it (FOR UPDATE SKIP LOCKED).
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    recipient: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    locale: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    status: outboxStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("email_outbox_due_idx").on(t.status, t.nextAttemptAt), index("email_outbox_recipient_idx").on(t.recipient)],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;

/** Append-only record of security-relevant events (who, when, what, from where). */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_action_idx").on(t.action, t.at)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;

/** Fixed-window counters shared by every app instance (throttling). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
