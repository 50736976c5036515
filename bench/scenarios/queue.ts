import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import type { Database } from "@/db/types";
import { countByStatus, listQueue } from "@/lib/applications/staff-queries";
import { parseQueueFilters } from "@/lib/applications/queue-filters";
import type { Viewer } from "@/lib/auth/session";
import { percentile, round, type ScenarioResult } from "../lib/stats";

/**
 * The staff queue on the bulk dataset, through the data functions the page
 * calls (listQueue and countByStatus, as the page runs them side by side):
 * p50/p95 per view, and the plan of the list query.
 */
const VIEWS: Array<{ name: string; query: string }> = [
  { name: "default view", query: "" },
  { name: "three filters", query: "status=screening&country=DE&sector=machinery" },
  { name: "search", query: "q=caspian marine" },
  { name: "deep page", query: "" }, // the cursor of page 200 is filled in below
];

export async function runQueueScenario(databaseUrl: string, repeats = 30): Promise<ScenarioResult> {
  const captured: Array<{ query: string; params: unknown[] }> = [];
  const client = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  const db = drizzle(client, {
    schema,
    casing: "snake_case",
    logger: { logQuery: (query, params) => void captured.push({ query, params }) },
  }) as unknown as Database;
  const [staff] = await client<{ id: string; name: string; email: string }[]>`select id, name, email from users where role = 'staff' limit 1`;
  if (!staff) throw new Error("queue scenario: no staff user (run db:seed:bulk first)");
  const viewer: Viewer = { ...staff, role: "staff", emailVerified: true, preferredLocale: "en" };

  // Walk 200 pages of the default view to get a deep cursor, as a reviewer paging far back would.
  let after: string | undefined;
  for (let page = 0; page < 200; page++) after = (await listQueue(db, viewer, parseQueueFilters(new URLSearchParams(after ? { after } : {})))).next ?? after;
  VIEWS[3]!.query = `after=${after}`;

  const figures: Record<string, unknown> = {};
  const p95s: number[] = [];
  const plans: string[] = [];
  const [counted] = await client<{ total: number }[]>`select count(*)::int as total from applications where status <> 'draft'`;
  const total = counted?.total ?? 0;
  figures.applications = total;
  for (const view of VIEWS) {
    const filters = parseQueueFilters(new URLSearchParams(view.query));
    const times: number[] = [];
    for (let i = 0; i < repeats + 3; i++) {
      const started = performance.now();
      await Promise.all([listQueue(db, viewer, filters), countByStatus(db, viewer, filters)]);
      if (i >= 3) times.push(performance.now() - started); // the first runs warm the cache
    }
    captured.length = 0;
    await listQueue(db, viewer, filters);
    const list = captured[0]!;
    const plan = await client.unsafe(`explain (analyze, costs off) ${list.query}`, list.params as never[]);
    const lines = plan.map((row) => String((row as Record<string, unknown>)["QUERY PLAN"]));
    const indexes = [...new Set(lines.flatMap((line) => [...line.matchAll(/(?:Index|Index Only|Bitmap Index) Scan(?: Backward)? (?:using|on) (\w+)/g)].map((m) => m[1]!)))];
    const p50 = round(percentile(times, 50));
    const p95 = round(percentile(times, 95));
    p95s.push(p95);
    figures[view.name] = { p50Ms: p50, p95Ms: p95, indexes, seqScan: lines.some((line) => line.includes("Seq Scan on applications")) };
    plans.push(`${view.name}: ${lines.slice(0, 6).map((line) => line.trim()).join(" | ")}`);
  }
  await client.end();
  const worst = Math.max(...p95s);
  return { name: "staff queue", figures, target: "p95 < 100 ms per view (list and status counts together)", met: worst < 100, notes: plans };
}
