import postgres from "postgres";
import { mintSessionCookie } from "../lib/session-cookie";
import { round, rssMb, type ScenarioResult } from "../lib/stats";

/**
 * The CSV export of the whole queue (100,000 rows after db:seed:bulk) as a
 * staff member downloads it: seconds to the last byte, rows, size, and the
 * server's resident memory sampled every 20 ms against its level before.
 */
export async function runExportScenario(baseUrl: string, databaseUrl: string, serverPid: number): Promise<ScenarioResult> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [staff] = await sql<{ id: string }[]>`select id from users where role = 'staff' and status = 'active' limit 1`;
  const [session] = staff ? await sql<{ id: string }[]>`insert into user_sessions (user_id) values (${staff.id}) returning id` : [];
  const [counted] = await sql<{ n: number }[]>`select count(*)::int as n from applications where status <> 'draft' and submitted_at is not null`;
  await sql.end();
  if (!staff) throw new Error("export scenario: no staff user");
  const cookie = await mintSessionCookie(staff.id, { mfa: true, sid: session!.id });

  // One small export first: code paths loaded and JIT-compiled, as on a server that has been up a while.
  await (await fetch(`${baseUrl}/api/admin/export?status=approved&country=DE`, { headers: { cookie } })).text();
  const baseline = rssMb(serverPid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(serverPid))), 20);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/admin/export`, { headers: { cookie } });
  let bytes = 0;
  let lines = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(serverPid));
  const growth = peak - baseline;
  const rows = Math.max(0, lines - 1); // minus the header (the bulk data has no line breaks inside fields)
  return {
    name: "csv export",
    figures: { status: response.status, expectedRows: counted?.n ?? 0, lines, rows, megabytes: round(bytes / 1e6, 1), seconds: round(seconds, 2), serverRssBeforeMb: round(baseline), serverRssPeakMb: round(peak), growthMb: round(growth) },
    target: "all rows in < 5 s, server memory growth < 100 MB",
    met: response.status === 200 && seconds < 5 && growth < 100 && rows >= (counted?.n ?? 0),
  };
}
