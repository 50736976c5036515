/**
 * PostgreSQL restarts (-m immediate: a crash, every connection cut) under a
 * steady submission load. Proves: requests during the outage get a retryable
 * answer and never a false success, the app serves again without a restart of
 * its own, and nothing acknowledged is lost, duplicated or half-written.
 */
import { spawn } from "node:child_process";
import postgres from "postgres";
import { startApp } from "../lib/app-server";
import { ADMIN_URL } from "../lib/database";
import { createInvestors } from "../lib/investors";
import { runFault, sleep } from "./harness";
import { jobsFor, Load, reportLoad } from "./load";

const PORT = 3200;
const LOAD_SECONDS = 35;
const RESTART_AT_SECONDS = 8;
const CLUSTER = (process.env.BENCH_PG_CLUSTER ?? "15 main").split(" ");

function restartPostgres(): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn("pg_ctlcluster", ["--skip-systemctl-redirect", ...CLUSTER, "restart", "-m", "immediate"], { stdio: "inherit" });
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(-1));
  });
}

async function postgresAnswers(): Promise<boolean> {
  const probe = postgres(ADMIN_URL, { max: 1, connect_timeout: 1, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 }).catch(() => {});
  }
}

await runFault("pg-restart", async ({ scratch, sql, onCleanup, elapsed }) => {
  const logFile = `/tmp/lotus-fault-pg-restart-${process.pid}.log`;
  const app = await startApp({ port: PORT, databaseUrl: scratch.url, logFile });
  onCleanup(() => app.stop("SIGKILL"));
  const investors = await createInvestors(sql, 400, 3, "pgrestart");
  const load = new Load({ baseUrl: app.url, jobs: jobsFor(investors), clients: 8, rate: 30, deadline: Date.now() + LOAD_SECONDS * 1000 });
  console.log(`app ${app.url} (log ${logFile}); load ${LOAD_SECONDS} s at 30 req/s from 8 clients; PostgreSQL restart (-m immediate) at ${RESTART_AT_SECONDS} s`);

  const running = load.run();
  await sleep(RESTART_AT_SECONDS * 1000);
  const restartAt = Date.now();
  console.log(`  ${(elapsed() / 1000).toFixed(1)} s: restarting PostgreSQL`);
  // Probe every 100 ms alongside the restart: when did it stop answering, when did it answer again.
  let downAt = 0;
  let backAt = 0;
  const probing = (async () => {
    while (!backAt && Date.now() - restartAt < 30_000) {
      const ok = await postgresAnswers();
      if (!ok && !downAt) downAt = Date.now();
      if (ok && downAt) backAt = Date.now();
      await sleep(100);
    }
  })();
  const restartExit = await restartPostgres();
  const restartReturned = Date.now();
  await probing;
  console.log(`  ${(elapsed() / 1000).toFixed(1)} s: PostgreSQL answers again`);
  await running;

  const { failures } = await reportLoad(sql, load, "pg-restart");
  const during = load.samples.filter((s) => s.end >= (downAt || restartAt) && s.start <= backAt);
  const histogram = new Map<number, number>();
  for (const s of during) histogram.set(s.status, (histogram.get(s.status) ?? 0) + 1);
  const firstOk = load.samples.filter((s) => s.status === 200 && s.start >= backAt).sort((a, b) => a.end - b.end)[0];
  const lastFailure = load.samples.filter((s) => s.status !== 200 && s.start >= backAt).sort((a, b) => b.end - a.end)[0];
  console.log(`  restart command  exit ${restartExit}, returned after ${((restartReturned - restartAt) / 1000).toFixed(2)} s`);
  console.log(`  outage           ${((backAt - downAt) / 1000).toFixed(2)} s (first failed probe → first answer; restart issued ${((downAt - restartAt) / 1000).toFixed(2)} s before it went down)`);
  console.log(`  during outage    ${[...histogram].map(([status, n]) => `${status || "network"}: ${n}`).join(", ") || "no requests"}`);
  console.log(`  recovery         ${firstOk ? `${((firstOk.end - backAt) / 1000).toFixed(2)} s from PostgreSQL back to the first 200` : "NO 200 after PostgreSQL came back"}`);
  console.log(`  after recovery   ${lastFailure ? `last non-200 ended ${((lastFailure.end - backAt) / 1000).toFixed(2)} s after PostgreSQL was back (status ${lastFailure.status})` : "no failed request once PostgreSQL was back"}`);
  const at = (t: number) => `${t - restartAt >= 0 ? "+" : ""}${((t - restartAt) / 1000).toFixed(2)}`;
  const slowest = [...load.samples].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, 3);
  console.log(`  slowest requests ${slowest.map((s) => `${s.status || "network"} ${at(s.start)}→${at(s.end)} s`).join(", ")} (relative to the restart; PostgreSQL down ${at(downAt)}, back ${at(backAt)})`);
  const hung = load.samples.filter((s) => s.start >= backAt && s.end - s.start > 3000).length;
  if (hung > 0) failures.push(`${hung} requests started after PostgreSQL was back took over 3 s`);
  if (!downAt || !backAt) failures.push("could not observe PostgreSQL going down and coming back");
  if (restartExit !== 0) failures.push(`pg_ctlcluster restart exited ${restartExit}`);
  if (!firstOk) failures.push("the app did not serve a 200 after PostgreSQL came back");
  if (during.length === 0) failures.push("no request overlapped the outage: the fault was not exercised");
  return failures;
});
