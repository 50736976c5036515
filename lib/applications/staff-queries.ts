import "server-only";
import { and, asc, count, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { applications, users } from "@/db/schema";
import type { DbOrTx } from "@/db/types";
import { assertStaff, STAFF_ROLES } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { QUEUE_STATUSES, type QueueFilters } from "./queue-filters";
import { afterCursor, decodeCursor, encodeCursor, orderOf, queueWhere, sortKeyOf } from "./queue-sql";
import { DECISION_DAYS } from "@/lib/council/deadline";
import { OPEN_FOR_STAFF, type ApplicationStatus } from "./status";

/**
 * The review queue for staff. Every function takes the viewer and refuses
 * anyone but staff and admins, whatever page or route calls it.
 */

export const QUEUE_PAGE_SIZE = 50;
const reviewer = alias(users, "reviewer");

export const queueColumns = {
  id: applications.id,
  reference: applications.reference,
  status: applications.status,
  version: applications.version,
  companyName: applications.companyName,
  country: applications.country,
  sector: applications.sector,
  investmentRub: applications.investmentRub,
  belowThreshold: applications.belowThreshold,
  contactName: applications.contactName,
  contactEmail: applications.contactEmail,
  submittedAt: applications.submittedAt,
  statusChangedAt: applications.statusChangedAt,
  assignedReviewerId: applications.assignedReviewerId,
  reviewerName: reviewer.name,
};

export interface QueueRow {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  version: number;
  companyName: string | null;
  country: string | null;
  sector: string | null;
  investmentRub: number | null;
  belowThreshold: boolean;
  contactName: string | null;
  contactEmail: string | null;
  submittedAt: Date | null;
  statusChangedAt: Date;
  assignedReviewerId: string | null;
  reviewerName: string | null;
}

export interface QueuePage {
  rows: QueueRow[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

/** One keyset page of the queue: `(sort value, id)` after the cursor, never OFFSET. */
export async function listQueue(db: DbOrTx, viewer: Viewer | null, filters: QueueFilters, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  assertStaff(viewer);
  const limit = Math.min(Math.max(pageSize, 1), 1000);
  const cursor = decodeCursor(filters.after, filters.sort);
  const rows = await db
    .select({ ...queueColumns, sortKey: sortKeyOf(filters.sort) })
    .from(applications)
    .leftJoin(reviewer, eq(reviewer.id, applications.assignedReviewerId))
    .where(and(queueWhere(filters, viewer), afterCursor(filters.sort, filters.dir, cursor)))
    .orderBy(...orderOf(filters.sort, filters.dir))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? encodeCursor({ value: last.sortKey, id: last.id }) : null;
  return { rows: page.map((row) => ({ ...row, sortKey: undefined })), next };
}

/** Applications per status under the other filters (for the status tabs); every status is present. */
export async function countByStatus(db: DbOrTx, viewer: Viewer | null, filters: QueueFilters): Promise<Record<Exclude<ApplicationStatus, "draft">, number>> {
  assertStaff(viewer);
  const rows = await db
    .select({ status: applications.status, n: count() })
    .from(applications)
    .where(queueWhere(filters, viewer, { ignoreStatus: true }))
    .groupBy(applications.status);
  const counts = Object.fromEntries(QUEUE_STATUSES.map((status) => [status, 0])) as Record<Exclude<ApplicationStatus, "draft">, number>;
  for (const row of rows) if (row.status !== "draft") counts[row.status] = Number(row.n);
  return counts;
}

/** Open applications nobody has taken, waiting longer than `days` (oldest first). */
export async function listUnassignedOverdue(db: DbOrTx, viewer: Viewer | null, days: number, limit = 20): Promise<QueueRow[]> {
  assertStaff(viewer);
  return db
    .select(queueColumns)
    .from(applications)
    .leftJoin(reviewer, eq(reviewer.id, applications.assignedReviewerId))
    .where(
      and(
        inArray(applications.status, [...OPEN_FOR_STAFF]),
        isNull(applications.assignedReviewerId),
        lt(applications.submittedAt, sql`now() - make_interval(days => ${days}::int)`),
      ),
    )
    .orderBy(asc(applications.submittedAt), asc(applications.id))
    .limit(limit);
}

/**
 * Open applications past the 40-day decision time (lib/council/deadline.ts),
 * the longest overdue first: the queue and the overview list them ahead of
 * everything else.
 */
export async function listPastDecisionTime(db: DbOrTx, viewer: Viewer | null, limit = 20): Promise<QueueRow[]> {
  assertStaff(viewer);
  return db
    .select(queueColumns)
    .from(applications)
    .leftJoin(reviewer, eq(reviewer.id, applications.assignedReviewerId))
    .where(and(inArray(applications.status, [...OPEN_FOR_STAFF, "info_requested"]), lt(applications.submittedAt, sql`now() - make_interval(days => ${DECISION_DAYS}::int)`)))
    .orderBy(asc(applications.submittedAt), asc(applications.id))
    .limit(limit);
}

/** Staff and admins who can be assigned, by name. */
export async function listReviewers(db: DbOrTx, viewer: Viewer | null): Promise<Array<{ id: string; name: string }>> {
  assertStaff(viewer);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, [...STAFF_ROLES]), eq(users.status, "active")))
    .orderBy(asc(users.name));
}
