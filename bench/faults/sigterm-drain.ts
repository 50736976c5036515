/**
 * SIGTERM to the app under load. Proves: requests in flight at the signal
 * finish and are acknowledged (five of them are held inside their transaction
 * by a row lock across the signal, so "in flight" is certain, not luck), new
 * connections are refused from the signal on, and the process exits within
 * the drain window once the last request is answered.
 */
import http from "node:http";
import { startApp } from "../lib/app-server";
import { createInvestors } from "../lib/investors";
import { submitOnce, type SubmitOutcome } from "../lib/submissions";
import { runFault, sleep } from "./harness";
import { jobsFor, Load, reportLoad } from "./load";

const PORT = 3210;
const DRAIN_SECONDS = 15;
const SIGNAL_AT_SECONDS = 6;
const HOLD_AFTER_SIGNAL_MS = 2000;

/** A request on a fresh connection: "refused" once the server stopped listening. */
function probeNewConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false, timeout: 3000 }, (response) => {
      response.resume();
      resolve(`answered ${response.statusCode}`);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED" ? "refused" : `error ${error.code ?? error.message}`));
  });
}

await runFault("sigterm-drain", async ({ scratch, sql, onCleanup }) => {
  const logFile = `/tmp/lotus-fault-sigterm-${process.pid}.log`;
  const app = await startApp({ port: PORT, databaseUrl: scratch.url, logFile, env: { SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS), LOG_LEVEL: "info" } });
  onCleanup(() => app.stop("SIGKILL"));
  const investors = await createInvestors(sql, 200, 3, "sigterm");
  const heldInvestors = await createInvestors(sql, 5, 1, "held");
  const load = new Load({ baseUrl: app.url, jobs: jobsFor(investors), clients: 8, rate: 30, deadline: Date.now() + 40_000 });
  console.log(`app ${app.url} (log ${logFile}); load at 30 req/s from 8 clients; SIGTERM at ${SIGNAL_AT_SECONDS} s; SHUTDOWN_DRAIN_SECONDS=${DRAIN_SECONDS}`);
  const running = load.run();
  await sleep(SIGNAL_AT_SECONDS * 1000 - 1000);

  // Hold five submissions inside their transaction: their UPDATE waits for these row locks.
  const heldIds = heldInvestors.map((investor) => investor.drafts[0]!);
  const locker = await sql.reserve();
  onCleanup(() => locker.release());
  await locker`begin`;
  await locker`select id from applications where id = any(${heldIds}::uuid[]) for update`;
  const held = heldInvestors.map((investor, i) =>
    submitOnce(app.url, investor.cookie, investor.drafts[0]!, `10.250.0.${i + 1}`, 20_000).then((outcome) => ({ outcome, end: Date.now() })),
  );
  for (let waited = 0; waited < 5000; waited += 100) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${scratch.name} and wait_event_type = 'Lock'`;
    if (row!.n >= heldIds.length) break;
    await sleep(100);
  }
  const [{ n: waiting } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${scratch.name} and wait_event_type = 'Lock'`;

  const signalAt = Date.now();
  const inFlightLoad = load.inFlight;
  app.child.kill("SIGTERM");
  const exited = app.exited.then((code) => ({ code, at: Date.now() }));
  await sleep(300);
  const probeSoon = await probeNewConnection(PORT);
  await sleep(HOLD_AFTER_SIGNAL_MS - 300);
  const probeLater = await probeNewConnection(PORT);
  await locker`commit`;
  const releasedAt = Date.now();
  const heldResults = await Promise.all(held);
  const exit = await Promise.race([exited, sleep((DRAIN_SECONDS + 5) * 1000).then(() => ({ code: undefined, at: Date.now() }))]);
  load.stop();
  await running;

  for (const [i, { outcome }] of heldResults.entries()) load.ledger.record(heldIds[i]!, outcome);
  const { failures } = await reportLoad(sql, load, "sigterm-drain", heldIds);
  const overlapping = load.samples.filter((s) => s.start < signalAt && s.end > signalAt);
  const afterSignal = load.samples.filter((s) => s.start > signalAt);
  const heldAcked = heldResults.filter(({ outcome }) => outcome.kind === "ack").length;
  const statusOf = (o: SubmitOutcome) => (o.kind === "ack" ? "200" : String(o.status || "network"));
  console.log(`  held in transaction  ${waiting} waiting on the row lock at the signal; released ${((releasedAt - signalAt) / 1000).toFixed(2)} s after it`);
  console.log(`  in flight at signal  ${heldResults.length} held + ${inFlightLoad} from the load`);
  console.log(`  held answers         ${heldResults.map(({ outcome, end }) => `${statusOf(outcome)} at +${((end - signalAt) / 1000).toFixed(2)} s`).join(", ")}`);
  console.log(`  load across signal   ${overlapping.length} requests: ${overlapping.map((s) => s.status || "network").join(", ") || "none"}`);
  console.log(`  load after signal    ${afterSignal.length} requests: ${summarize(afterSignal.map((s) => s.status))}`);
  console.log(`  new connection       +0.3 s: ${probeSoon}; +${(HOLD_AFTER_SIGNAL_MS / 1000).toFixed(1)} s: ${probeLater}`);
  console.log(`  exit                 ${exit.code === undefined ? "DID NOT EXIT" : `code ${exit.code}, ${((exit.at - signalAt) / 1000).toFixed(2)} s after SIGTERM (${((exit.at - releasedAt) / 1000).toFixed(2)} s after the last held request was free)`}`);

  if (waiting < heldIds.length) failures.push(`only ${waiting} of ${heldIds.length} held requests were waiting at the signal`);
  if (heldAcked < heldIds.length) failures.push(`${heldIds.length - heldAcked} held in-flight requests were not acknowledged`);
  const droppedInFlight = overlapping.filter((s) => s.status !== 200).length;
  if (droppedInFlight > 0) failures.push(`${droppedInFlight} load requests in flight at the signal got no success`);
  if (probeSoon !== "refused" || probeLater !== "refused") failures.push("a new connection was not refused while draining");
  if (exit.code === undefined) failures.push(`the process did not exit within ${DRAIN_SECONDS + 5} s`);
  else if (exit.at - signalAt > DRAIN_SECONDS * 1000) failures.push("the process exited after the drain window");
  return failures;
});

function summarize(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status || "refused/reset"}: ${n}`).join(", ") || "none";
}
