import "server-only";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { auditEvents, users } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { calendarDaySchema, invalidDayFields } from "@/lib/dates/calendar-day";
import { assertAdmin } from "./users";

export const AUDIT_PAGE_SIZE = 50;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);

/** Filters of the audit log page, from the URL; anything malformed is dropped. */
export const auditFilterSchema = z.object({
  action: optional(z.string().regex(/^[a-z_.]{1,64}$/)),
  // Real calendar days only: a regex let "2024-02-30" through to PostgreSQL's ::date, a 500.
  from: optional(calendarDaySchema),
  to: optional(calendarDaySchema),
  after: optional(z.string().max(200)),
});
export type AuditFilters = z.output<typeof auditFilterSchema>;

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return auditFilterSchema.parse(flat);
}

/** The date filters of the URL that name no real day (field errors on the page). */
export function auditFilterErrors(params: Record<string, string | string[] | undefined>): Array<"from" | "to"> {
  return invalidDayFields(params, ["from", "to"] as const);
}

const CURSOR = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)\|([0-9a-f-]{36})$/i;

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
}

/** Newest first, keyset-paginated on (at, id): the cursor is the last row's exact timestamp and id. */
export async function listAuditEvents(db: Database, viewer: Viewer | null, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE): Promise<{ rows: AuditRow[]; next: string | null }> {
  assertAdmin(viewer);
  const cursor = filters.after ? CURSOR.exec(Buffer.from(filters.after, "base64url").toString("utf8")) : null;
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      atText: sql<string>`${auditEvents.at}::text`,
      action: auditEvents.action,
      actorName: users.name,
      actorEmail: users.email,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        filters.action ? eq(auditEvents.action, filters.action) : undefined,
        filters.from ? gte(auditEvents.at, sql`(${filters.from}::date)::timestamp at time zone 'UTC'`) : undefined,
        filters.to ? lt(auditEvents.at, sql`(${filters.to}::date + 1)::timestamp at time zone 'UTC'`) : undefined,
        cursor ? sql`(${auditEvents.at}, ${auditEvents.id}) < (${cursor[1]}::timestamptz, ${cursor[2]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const next = rows.length > pageSize && last ? Buffer.from(`${last.atText}|${last.id}`, "utf8").toString("base64url") : null;
  return { rows: page.map((row) => ({ ...row, atText: undefined })), next };
}

/** The actions that occur in the log, for the filter's list. */
export async function listAuditActions(db: Database, viewer: Viewer | null): Promise<string[]> {
  assertAdmin(viewer);
  const rows = await db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.action);
  return rows.map((row) => row.action);
}
