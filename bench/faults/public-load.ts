/**
 * 200 concurrent users on the public pages for 60 s (SECURITY.md #33), with
 * autocannon: every connection cycles through /en, /en/partners,
 * /en/partners/iran, /ru and /en/sez. Proves: no error, timeout or non-2xx
 * answer; latency p97.5 < 500 ms (autocannon reports no p95; p97.5 is the
 * nearest percentile above it, so this is the stricter check); memory flat:
 * V8 keeps the heap it grew to under load, so a leak shows as growth from one
 * run to the next, not against the idle level: a second, shorter run at the same
 * load must end within +50 MB of the first run's end.
 */
import autocannon from "autocannon";
import { startApp } from "../lib/app-server";
import { round, rssMb } from "../lib/stats";
import { runFault, sleep } from "./harness";

const PORT = 3240;
const CONNECTIONS = 200;
const SECONDS = 60;
const AGAIN_SECONDS = 20;
const PATHS = ["/en", "/en/partners", "/en/partners/iran", "/ru", "/en/sez"];
const BUDGET_MS = 500;
const RSS_GROWTH_MB = 50;

await runFault("public-load", async ({ scratch }) => {
  const logFile = `/tmp/lotus-fault-public-load-${process.pid}.log`;
  const app = await startApp({ port: PORT, databaseUrl: scratch.url, logFile });
  const pid = app.child.pid!;
  const requests = PATHS.map((path) => ({ method: "GET", path }));
  const failures: string[] = [];

  // Warm-up: every page rendered and cached once, code paths compiled, as on a server that has been up a while.
  const warm = await autocannon({ url: app.url, connections: 10, duration: 3, requests });
  const warmStatuses = Object.entries(warm.statusCodeStats).map(([status, { count }]) => `${status}: ${count}`).join(", ");
  await sleep(1000);
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
  console.log(`app ${app.url} (log ${logFile}); warm-up 3 s × 10 connections (${warmStatuses}); ${CONNECTIONS} connections × ${SECONDS} s over ${PATHS.join(", ")}`);

  const result = await autocannon({ url: app.url, connections: CONNECTIONS, duration: SECONDS, requests, timeout: 10 });
  const end = rssMb(pid);
  await sleep(2000);
  const afterFirst = rssMb(pid);
  const again = await autocannon({ url: app.url, connections: CONNECTIONS, duration: AGAIN_SECONDS, requests, timeout: 10 });
  clearInterval(sampler);
  await sleep(2000);
  const after = rssMb(pid);
  await app.stop("SIGKILL");
  const statuses = Object.entries(result.statusCodeStats).map(([status, { count }]) => `${status}: ${count}`).join(", ");
  const { latency } = result;
  console.log(`\n[${CONNECTIONS} users, ${SECONDS} s, public pages]`);
  console.log(`  requests        ${result.requests.total} (${round(result.requests.average)} req/s); statuses ${statuses}`);
  console.log(`  errors          ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}`);
  console.log(`  latency ms      p50 ${latency.p50}, p90 ${latency.p90}, p97.5 ${latency.p97_5}, p99 ${latency.p99}, max ${latency.max} (no p95 in autocannon; p97.5 ≥ p95)`);
  console.log(`  server RSS MB   idle ${round(before)}, peak ${round(peak)}, end of the run ${round(end)}, 2 s later ${round(afterFirst)}; after a second ${AGAIN_SECONDS} s run ${round(after)} (${after - afterFirst >= 0 ? "+" : ""}${round(after - afterFirst)}; its errors ${again.errors}, timeouts ${again.timeouts}, non-2xx ${again.non2xx})`);

  if (result.requests.total === 0) failures.push("no request was answered");
  if (result.errors + result.timeouts > 0) failures.push(`${result.errors} errors (${result.timeouts} timeouts)`);
  if (result.non2xx > 0) failures.push(`${result.non2xx} answers other than 2xx (${statuses})`);
  if (latency.p97_5 >= BUDGET_MS) failures.push(`p97.5 ${latency.p97_5} ms, budget ${BUDGET_MS} ms`);
  if (again.errors + again.timeouts + again.non2xx > 0) failures.push(`second run: ${again.errors} errors, ${again.non2xx} non-2xx`);
  if (after - afterFirst > RSS_GROWTH_MB) failures.push(`RSS grew by ${round(after - afterFirst)} MB from one run to the next (allowed ${RSS_GROWTH_MB})`);
  return failures;
}, 120_000);
