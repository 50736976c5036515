import type postgres from "postgres";
import type { Fixtures } from "./fixtures";
import type { Report } from "./findings";

/** What every probe gets: the app's origin, its database, the fixtures and the report to add to. */
export interface AttackContext {
  base: string;
  sql: postgres.Sql;
  fixtures: Fixtures;
  report: Report;
  /** Values that must never appear in a response (secret, connection string, database name). */
  secrets: string[];
}

/** Next's answer to a Server Action POST, as a browser would send it. */
export function actionHeaders(actionId: string, origin: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "next-action": actionId, origin, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...extra };
}
