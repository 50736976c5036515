import "server-only";
import { count, ne, sql } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Database } from "@/db/types";
import { queryRows } from "@/db/connection";
import type { Viewer } from "@/lib/auth/session";
import { assertStaff } from "@/lib/auth/roles";
import type { ApplicationStatus } from "./status";

/**
 * Aggregate figures over submitted applications (drafts never count). Only
 * counts and durations: no company, contact or amount leaves this module.
 */

export interface CountRow {
  key: string;
  count: number;
}

export interface ApplicationStatistics {
  byStatus: CountRow[];
  byCountry: CountRow[];
  bySector: CountRow[];
  /** "2026-03" → submissions that month (UTC). */
  byMonth: CountRow[];
  /** Median days spent in each status, over stays that have ended. */
  medianDays: Array<{ status: ApplicationStatus; medianDays: number; stays: number }>;
}

const submitted = ne(applications.status, "draft");

async function countBy(db: Database, key: ReturnType<typeof sql<string>>): Promise<CountRow[]> {
  const rows = await db.select({ key, count: count() }).from(applications).where(submitted).groupBy(key).orderBy(key);
  return rows.filter((row) => row.key !== null).map((row) => ({ key: String(row.key), count: Number(row.count) }));
}

/** How long applications stayed in each status: from an event to the next event of the same application. */
async function medianStageDays(db: Database): Promise<ApplicationStatistics["medianDays"]> {
  const rows = await queryRows<{ status: ApplicationStatus; median_days: string | number; stays: string | number }>(
    db,
    sql`
      with stays as (
        select to_status, extract(epoch from (lead(at) over (partition by application_id order by at, id) - at)) / 86400.0 as days
        from application_events
      )
      select to_status::text as status, percentile_cont(0.5) within group (order by days) as median_days, count(*) as stays
      from stays where days is not null group by to_status order by to_status`,
  );
  return rows.map((row) => ({ status: row.status, medianDays: Math.round(Number(row.median_days) * 10) / 10, stays: Number(row.stays) }));
}

async function collect(db: Database): Promise<ApplicationStatistics> {
  const [byStatus, byCountry, bySector, byMonth, medianDays] = await Promise.all([
    countBy(db, sql<string>`${applications.status}`), // enum order: the workflow's order
    countBy(db, sql<string>`${applications.country}`),
    countBy(db, sql<string>`${applications.sector}::text`),
    countBy(db, sql<string>`to_char(${applications.submittedAt} at time zone 'UTC', 'YYYY-MM')`),
    medianStageDays(db),
  ]);
  return { byStatus, byCountry, bySector, byMonth, medianDays };
}

/** For the staff statistics page. */
export async function getStaffStatistics(db: Database, viewer: Viewer | null): Promise<ApplicationStatistics> {
  assertStaff(viewer);
  return collect(db);
}

/** Below this, a country's count is folded into "other countries" on the public page (no single applicant is identifiable). */
export const PUBLIC_MIN_COUNT = 3;

/**
 * The same aggregates for the public open-data page. Countries with fewer
 * than PUBLIC_MIN_COUNT applications are grouped as "other".
 */
export async function getOpenDataStatistics(db: Database): Promise<ApplicationStatistics & { otherCountries: number }> {
  const stats = await collect(db);
  const shown = stats.byCountry.filter((row) => row.count >= PUBLIC_MIN_COUNT);
  const otherCountries = stats.byCountry.filter((row) => row.count < PUBLIC_MIN_COUNT).reduce((sum, row) => sum + row.count, 0);
  return { ...stats, byCountry: shown, otherCountries };
}
