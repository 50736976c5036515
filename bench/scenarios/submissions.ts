import postgres from "postgres";
import type { RequestSpec } from "autocannon";
import { createInvestors } from "../lib/investors";
import { measure } from "../lib/load";
import { round, type ScenarioResult } from "../lib/stats";

const TARGET = 0.6;
const INVESTORS = 120;
/** As many drafts as the per-account limit allows in an hour (RULES.submit). */
const DRAFTS_EACH = 30;

/**
 * The real submission path (session checked against the database, both
 * throttles, the transaction with event, audit and outbox rows) against a
 * bare POST route of the same build. Every request submits a different
 * complete draft; each investor has its own address, as behind our proxy.
 */
export async function runSubmissionsScenario(baseUrl: string, ceilingUrl: string, databaseUrl: string, seconds: number): Promise<ScenarioResult> {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const investors = await createInvestors(sql, INVESTORS, DRAFTS_EACH, "bench-submit");
  const jobs = investors.flatMap((investor, index) =>
    investor.drafts.map((draft) => ({ draft, cookie: investor.cookie, address: `10.20.${Math.floor(index / 250)}.${(index % 250) + 1}` })),
  );
  // Interleave investors so that concurrent requests rarely share an account.
  jobs.sort((a, b) => a.draft.localeCompare(b.draft));
  let next = 0;
  const submit: RequestSpec = {
    method: "POST",
    setupRequest: (request) => {
      const job = jobs[next++];
      if (!job) return null;
      return { ...request, path: `/api/applications/${job.draft}/submit`, headers: { cookie: job.cookie, "x-forwarded-for": job.address } };
    },
  };
  const ceiling = await measure(
    { url: ceilingUrl, connections: 10, requests: [{ method: "POST", path: "/api/ceiling", headers: { cookie: jobs[0]!.cookie, "x-forwarded-for": "10.20.99.1" } }] },
    seconds,
  );
  // Warm-up on its own slice of drafts, then the measured run on the rest.
  const warm = await measure({ url: baseUrl, connections: 10, amount: 300, requests: [submit] }, 60, 0);
  const measuredFrom = next;
  const real = await measure({ url: baseUrl, connections: 10, amount: jobs.length - measuredFrom, requests: [submit] }, seconds, 0);
  const attempted = jobs.slice(0, next).map((job) => job.draft);
  const [row] = await sql<{ submitted: number; events: number; mails: number }[]>`
    select count(*) filter (where a.status = 'submitted')::int as submitted,
      (select count(*)::int from application_events e where e.application_id = any(${attempted}::uuid[]) and e.to_status = 'submitted') as events,
      (select count(*)::int from email_outbox m where m.template = 'applicationReceived' and m.user_id = any(${investors.map((i) => i.id)}::uuid[])) as mails
    from applications a where a.id = any(${attempted}::uuid[])`;
  await sql.end();
  const acknowledged = warm.ok + real.ok;
  const created = row?.submitted ?? 0;
  const lost = Math.max(0, acknowledged - created);
  const ratio = round(real.requestsPerSecond / ceiling.requestsPerSecond, 2);
  return {
    name: "submissions",
    figures: {
      ceiling,
      submissions: real,
      lossCheck: { acknowledged, created, events: row?.events ?? 0, mails: row?.mails ?? 0, lost, unacknowledgedButCreated: Math.max(0, created - acknowledged) },
    },
    ratio,
    target: `>= ${TARGET * 100}% of the bare POST route's requests/s, 0 lost (rows created = 2xx answers)`,
    met: ratio >= TARGET && lost === 0 && created === acknowledged && real.other + real.errors === 0,
  };
}
