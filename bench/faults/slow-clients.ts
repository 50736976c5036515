/**
 * Slow clients and big bodies (SECURITY.md #33): slowhttptest holds 250
 * slowloris connections (headers a line every 5 s) on a public page and 250
 * slow-body (R-U-Dead-Yet) connections on the sign-in page for 50 s. Proves:
 * a normal client's GET of /en and /api/health on a fresh connection stays
 * fast throughout; the server cuts the slow connections by its own timeouts
 * (lib/server/http-timeouts.ts) inside the run; uploads over the limit get
 * 413, declared (Content-Length) or streamed (chunked).
 *
 * Node checks connections against its timeouts every 30 s, so a cut comes up
 * to 30 s after the timeout: the request timeout is 15 s here
 * (HTTP_REQUEST_TIMEOUT_SECONDS) so that its cut shows inside the run; the
 * app's default is 60 s. BENCH_NODE_DEFAULTS=1 runs
 * with Node's own values (headers 60 s, request 300 s) for comparison.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "../lib/app-server";
import { createInvestors } from "../lib/investors";
import { runFault, sleep } from "./harness";
import { percentile } from "./load";

const PORT = 3230;
const SECONDS = 50;
const CONNECTIONS = 250;
const HEADERS_TIMEOUT = process.env.BENCH_NODE_DEFAULTS === "1" ? 60 : 10;
const REQUEST_TIMEOUT = process.env.BENCH_NODE_DEFAULTS === "1" ? 300 : 15;
/** A normal page or health answer while under attack. */
const PROBE_BUDGET_MS = 1000;

interface Probe {
  at: number;
  path: string;
  status: number;
  ms: number;
}

/** One GET on a fresh connection, as a new visitor would. */
function probe(port: number, pathname: string, started: number): Promise<Probe> {
  const at = Date.now() - started;
  const t = performance.now();
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, agent: false, timeout: 5000 }, (response) => {
      response.resume();
      response.on("end", () => resolve({ at, path: pathname, status: response.statusCode ?? 0, ms: Math.round(performance.now() - t) }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", () => resolve({ at, path: pathname, status: 0, ms: Math.round(performance.now() - t) }));
  });
}

/** Established TCP connections on the server's port, counted from the server's side. */
function serverConnections(port: number): number {
  const out = spawnSync("ss", ["-Htn", "state", "established", `( sport = :${port} )`], { encoding: "utf8" }).stdout ?? "";
  return out.split("\n").filter(Boolean).length;
}

/** slowhttptest's CSV: seconds, closed, pending, connected, service available. */
function readStats(file: string): { second: number; closed: number; pending: number; connected: number; available: boolean }[] {
  try {
    return readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .map(([second, closed, pending, connected, available]) => ({ second: Number(second), closed: Number(closed), pending: Number(pending), connected: Number(connected), available: /^(yes|true)$/i.test(available?.trim() ?? "") || Number(available) > 0 }));
  } catch {
    return [];
  }
}

/** An upload over the 10 MB limit: declared by Content-Length, or streamed chunked without one. */
function bigUpload(port: number, cookie: string, draftId: string, declared: boolean): Promise<number> {
  const size = 11 * 1024 * 1024;
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: `/api/applications/${draftId}/documents/business_plan`,
        agent: false,
        timeout: 20_000,
        headers: { cookie, "x-forwarded-for": "10.99.0.1", "content-type": "application/pdf", ...(declared ? { "content-length": String(size) } : {}) },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", () => resolve(0));
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    chunk.write("%PDF-1.4\n");
    let sent = 0;
    const pump = () => {
      while (sent < size && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!request.destroyed) request.end();
    };
    pump();
  });
}

await runFault("slow-clients", async ({ sql, scratch, onCleanup }) => {
  if (spawnSync("which", ["slowhttptest"]).status !== 0) {
    return ["slowhttptest is not installed (apt-get install -y slowhttptest): it opens the slowloris and slow-body connections of this run"];
  }
  const logFile = `/tmp/lotus-fault-slow-clients-${process.pid}.log`;
  const app = await startApp({
    port: PORT,
    databaseUrl: scratch.url,
    logFile,
    env: { HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_TIMEOUT), HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT) },
  });
  onCleanup(() => app.stop("SIGKILL"));
  const [investor] = await createInvestors(sql, 1, 1, "big-body");
  const failures: string[] = [];
  // Pages warm (rendered and cached) before the clock starts, as on a server that has been up a while.
  for (const pathname of ["/en", "/en/sign-in", "/api/health"]) await probe(PORT, pathname, Date.now());

  // Big bodies first, on a quiet server.
  const declared = await bigUpload(PORT, investor!.cookie, investor!.drafts[0]!, true);
  const streamed = await bigUpload(PORT, investor!.cookie, investor!.drafts[0]!, false);
  console.log(`app ${app.url} (log ${logFile}); headers timeout ${HEADERS_TIMEOUT} s, request timeout ${REQUEST_TIMEOUT} s`);
  console.log(`\n[bodies over the 10 MB upload limit]\n  Content-Length 11 MB ${declared}; chunked 11 MB without a length ${streamed}`);
  if (declared !== 413 || streamed !== 413) failures.push(`big uploads: ${declared} (declared), ${streamed} (chunked), expected 413 and 413`);

  const dir = mkdtempSync(path.join(tmpdir(), "lotus-slow-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const attacks = [
    { name: "slowloris", page: "/en", args: ["-H", "-i", "5", "-x", "24"] },
    { name: "slow body", page: "/en/sign-in", args: ["-B", "-i", "5", "-x", "24", "-s", "100000"] },
  ].map(({ name, page, args }) => {
    const prefix = path.join(dir, name.replace(/\W/g, "-"));
    const out = openSync(`${prefix}.out`, "w");
    const child = spawn("slowhttptest", [...args, "-c", String(CONNECTIONS), "-r", "100", "-l", String(SECONDS), "-p", "3", "-g", "-o", prefix, "-u", `${app.url}${page}`], { stdio: ["ignore", out, out] });
    onCleanup(() => child.exitCode === null && child.signalCode === null && child.kill("SIGKILL"));
    // slowhttptest ends early, with "No open connections left", once the server has closed all of its connections.
    return { name, page, prefix, child, exited: new Promise<number>((resolve) => child.once("exit", () => resolve(Date.now()))) };
  });
  const started = Date.now();
  const probes: Probe[] = [];
  const held: { at: number; connections: number }[] = [];
  while (Date.now() - started < (SECONDS + 2) * 1000) {
    const [page, health] = await Promise.all([probe(PORT, "/en", started), probe(PORT, "/api/health", started)]);
    probes.push(page, health);
    held.push({ at: Date.now() - started, connections: serverConnections(PORT) });
    await sleep(500);
  }
  await Promise.race([Promise.all(attacks.map((a) => a.exited)), sleep(10_000)]);

  console.log(`\n[${CONNECTIONS} slowloris on /en + ${CONNECTIONS} slow-body POSTs on /en/sign-in, ${SECONDS} s]`);
  const heldAt = (at: number) => held.filter((row) => row.at <= at).at(-1)?.connections ?? 0;
  const lastOpenAt = held.filter((row) => row.connections > 10).at(-1)?.at;
  for (const attack of attacks) {
    const stats = readStats(`${attack.prefix}.csv`);
    const peak = stats.reduce((best, row) => (row.connected > best.connected ? row : best), stats[0] ?? { second: 0, connected: 0, closed: 0, pending: 0, available: true });
    const down = stats.filter((row) => !row.available).length;
    const exitedAt = await Promise.race([attack.exited, Promise.resolve(Number.NaN)]);
    const seconds = (exitedAt - started) / 1000;
    const output = readFileSync(`${attack.prefix}.out`, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
    const reason = /Exit status:\s*(.+)/.exec(output)?.[1]?.trim() ?? "?";
    console.log(
      `  ${attack.name.padEnd(10)} ${attack.page}: ${peak.connected} open at ${peak.second} s; slowhttptest ended at ${Number.isNaN(seconds) ? "?" : seconds.toFixed(1)} s of ${SECONDS}: "${reason}"; its probe saw the service unavailable in ${down} of ${stats.length} s`,
    );
    if (stats.length === 0) failures.push(`${attack.name}: slowhttptest wrote no statistics`);
    else if (peak.connected < CONNECTIONS * 0.8) failures.push(`${attack.name}: only ${peak.connected} of ${CONNECTIONS} slow connections were ever open (the attack did not take hold)`);
    if (!/no open connections/i.test(reason) || !(seconds < SECONDS - 1)) failures.push(`${attack.name}: the server did not close the slow connections before the end of the run (slowhttptest: "${reason}")`);
    if (down > 0) failures.push(`${attack.name}: slowhttptest's probe found the service unavailable in ${down} s`);
  }
  console.log(`  cut             server-side connections ${heldAt(5000)} at 5 s, last sample above 10 at ${lastOpenAt === undefined ? "?" : `${(lastOpenAt / 1000).toFixed(1)} s`}, ${held.at(-1)?.connections ?? "?"} at the end`);
  const peakHeld = held.reduce((best, row) => (row.connections > best.connections ? row : best), held[0] ?? { at: 0, connections: 0 });
  const timeline = held.filter((_, i) => i % 6 === 0).map((row) => `${(row.at / 1000).toFixed(0)} s: ${row.connections}`);
  console.log(`  server side     established connections peak ${peakHeld.connections} at ${(peakHeld.at / 1000).toFixed(0)} s; ${timeline.join(", ")}; at the end ${held.at(-1)?.connections ?? "?"}`);
  for (const pathname of ["/en", "/api/health"]) {
    const mine = probes.filter((p) => p.path === pathname);
    const bad = mine.filter((p) => p.status !== 200);
    const slow = mine.filter((p) => p.ms > PROBE_BUDGET_MS);
    const ms = mine.map((p) => p.ms);
    console.log(`  normal GET ${pathname.padEnd(11)} ${mine.length} on fresh connections: ${mine.length - bad.length} × 200, p50 ${percentile(ms, 50)} ms, p95 ${percentile(ms, 95)} ms, max ${percentile(ms, 100)} ms`);
    if (bad.length > 0) failures.push(`normal GET ${pathname}: ${bad.length} of ${mine.length} not 200 (${bad.slice(0, 3).map((p) => `${p.status || "network"} at ${(p.at / 1000).toFixed(1)} s`).join(", ")})`);
    if (slow.length > 0) failures.push(`normal GET ${pathname}: ${slow.length} of ${mine.length} slower than ${PROBE_BUDGET_MS} ms`);
  }
  return failures;
});
