import "server-only";
import { and, eq, gte, isNotNull, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import { applicationSearchDocument, applications } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { UUID, type QueueFilters, type QueueSort } from "./queue-filters";

/**
 * SQL pieces shared by the queue, its counts and the CSV export: the WHERE
 * clause from the filters, the allowlisted sort expressions and the keyset
 * cursor. User input reaches SQL only as bound parameters.
 */

type SortKind = "timestamp" | "text" | "bigint";
const SORTS: Record<QueueSort, { expression: SQL; kind: SortKind }> = {
  submitted_at: { expression: sql`${applications.submittedAt}`, kind: "timestamp" },
  status_changed_at: { expression: sql`${applications.statusChangedAt}`, kind: "timestamp" },
  reference: { expression: sql`coalesce(${applications.reference}, '')`, kind: "text" },
  company_name: { expression: sql`coalesce(${applications.companyName}, '')`, kind: "text" },
  investment_rub: { expression: sql`coalesce(${applications.investmentRub}, 0)`, kind: "bigint" },
};

/** The whole search document, exactly as indexed (applications_search_idx). */
const searchDocument = applicationSearchDocument(applications);

/** "Weser mar" → 'weser:* & mar:*'. Only letters and digits survive: no tsquery syntax from the user. */
export function toPrefixQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length > 0 ? words.map((word) => `${word}:*`).join(" & ") : null;
}

export function queueWhere(filters: QueueFilters, viewer: Viewer, options: { ignoreStatus?: boolean } = {}): SQL {
  const conditions: Array<SQL | undefined> = [ne(applications.status, "draft"), isNotNull(applications.submittedAt)];
  if (filters.status && !options.ignoreStatus) conditions.push(eq(applications.status, filters.status));
  if (filters.country) conditions.push(eq(applications.country, filters.country));
  if (filters.sector) conditions.push(eq(applications.sector, filters.sector));
  if (filters.reviewer === "unassigned") conditions.push(isNull(applications.assignedReviewerId));
  else if (filters.reviewer === "me") conditions.push(eq(applications.assignedReviewerId, viewer.id));
  else if (filters.reviewer) conditions.push(eq(applications.assignedReviewerId, filters.reviewer));
  // Dates are calendar days in UTC, the same for every reviewer.
  if (filters.from) conditions.push(gte(applications.submittedAt, sql`(${filters.from}::date)::timestamp at time zone 'UTC'`));
  if (filters.to) conditions.push(lt(applications.submittedAt, sql`(${filters.to}::date + 1)::timestamp at time zone 'UTC'`));
  if (filters.below) conditions.push(eq(applications.belowThreshold, filters.below === "yes"));
  if (filters.staleDays) {
    conditions.push(isNull(applications.assignedReviewerId));
    conditions.push(lt(applications.submittedAt, sql`now() - make_interval(days => ${filters.staleDays}::int)`));
  }
  const query = filters.q ? toPrefixQuery(filters.q) : null;
  if (query) conditions.push(sql`${searchDocument} @@ to_tsquery('simple'::regconfig, ${query})`);
  return and(...conditions)!;
}

export interface Cursor {
  /** The sort value as Postgres prints it: text keeps the microseconds a JS Date would lose. */
  value: string;
  id: string;
}

const VALID_VALUE: Record<SortKind, RegExp> = {
  timestamp: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/,
  bigint: /^-?\d{1,19}$/,
  text: /^[\s\S]{0,300}$/,
};

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), "utf8").toString("base64url");
}

/** A tampered or foreign cursor is ignored (first page), never a SQL error. */
export function decodeCursor(text: string | undefined, sort: QueueSort): Cursor | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if (typeof value !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    return VALID_VALUE[SORTS[sort].kind].test(value) ? { value, id } : null;
  } catch {
    return null;
  }
}

export function sortKeyOf(sort: QueueSort): SQL<string> {
  return sql<string>`(${SORTS[sort].expression})::text`;
}

export function orderOf(sort: QueueSort, dir: "asc" | "desc"): SQL[] {
  const expression = SORTS[sort].expression;
  return dir === "asc" ? [sql`${expression} asc`, sql`${applications.id} asc`] : [sql`${expression} desc`, sql`${applications.id} desc`];
}

/** Rows strictly after the cursor in the chosen order (row-value comparison: one index range). */
export function afterCursor(sort: QueueSort, dir: "asc" | "desc", cursor: Cursor | null): SQL | undefined {
  if (!cursor) return undefined;
  const { expression, kind } = SORTS[sort];
  const value = kind === "timestamp" ? sql`${cursor.value}::timestamptz` : kind === "bigint" ? sql`${cursor.value}::bigint` : sql`${cursor.value}::text`;
  return dir === "asc"
    ? sql`(${expression}, ${applications.id}) > (${value}, ${cursor.id}::uuid)`
    : sql`(${expression}, ${applications.id}) < (${value}, ${cursor.id}::uuid)`;
}
