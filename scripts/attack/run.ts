// npm run attack: the external attack run (SECURITY-CHECKS X rows) against
// the production build on 127.0.0.1 with a scratch database. Own probes,
// then sqlmap, then wapiti; prints a findings table and exits 1 on any
// finding of medium severity or above. ATTACK_ONLY=probes,sqlmap,wapiti
// picks steps. Heavy: runs under /tmp/lotus-cpu.lock (taken here unless an
// ancestor `flock` on that file already holds it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { AUTH_SECRET, ensureBuild, startApp, type AppServer } from "@/bench/lib/app-server";
import { createScratchDatabase, type ScratchDatabase } from "@/bench/lib/database";
import type { AttackContext } from "./context";
import { createFixtures } from "./fixtures";
import { Report, failing } from "./findings";
import { accessProbes, csrfProbes } from "./probe-access";
import { openRedirectProbes, sessionReplayProbes, spoofedAddressProbes, strangerLockoutProbes } from "./probe-auth";
import { demoModeProbes, inputProbes, raceProbes } from "./probe-data";
import { flightProbes } from "./probe-flight";
import { formProbes } from "./probe-forms";
import { hostProbes } from "./probe-host";
import { hygieneProbes } from "./probe-hygiene";
import { sprayProbes } from "./probe-spray";
import { runSqlmap } from "./sqlmap";
import { runWapiti } from "./wapiti";

const LOCK = "/tmp/lotus-cpu.lock";

/** Whether some ancestor process is `flock … /tmp/lotus-cpu.lock …` (then we hold the lock already). */
function underLock(): boolean {
  let pid = process.ppid;
  for (let i = 0; i < 12 && pid > 1; i += 1) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (path.basename(cmd[0] ?? "") === "flock" && cmd.includes(LOCK)) return true;
      pid = Number(/^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1] ?? 1);
    } catch {
      return false;
    }
  }
  return false;
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + 99}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const steps = new Set((process.env.ATTACK_ONLY ?? "probes,sqlmap,wapiti").split(",").map((s) => s.trim()));
  const workDir = mkdtempSync(path.join(tmpdir(), "attack-run-"));
  console.log(`attack: building if needed; logs in ${workDir}`);
  ensureBuild();
  const database: ScratchDatabase = await createScratchDatabase("attack");
  let app: AppServer | undefined;
  const sql = postgres(database.url, { max: 2, onnotice: () => {} });
  const report = new Report();
  const cleanup = async () => {
    await app?.stop();
    await sql.end({ timeout: 5 }).catch(() => {});
    await database.drop();
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const port = await freePort(3730);
    // As README documents production: APP_URL only. AUTH_URL left unset, so
    // Auth.js derives its URLs from the request (what the Host probes attack).
    // No TRUSTED_PROXIES: the run talks to the app directly, as an attacker without a proxy in front would.
    app = await startApp({ port, databaseUrl: database.url, logFile: path.join(workDir, "app.log"), env: { AUTH_URL: "", TRUSTED_PROXIES: "" } });
    let exitCode: number | null | undefined;
    void app.exited.then((code) => (exitCode = code));
    console.log(`attack: app on ${app.url}, database ${database.name}`);
    const ctx: AttackContext = { base: app.url, sql, fixtures: await createFixtures(sql), report, secrets: [AUTH_SECRET, database.url, database.name] };

    if (steps.has("probes")) {
      const step = async (name: string, run: () => Promise<void>) => {
        const t = Date.now();
        try {
          await run();
        } catch (error) {
          report.add({ tool: "probe", target: name, finding: `probe crashed: ${error instanceof Error ? error.message : String(error)}`, severity: "medium" });
        }
        console.log(`probe ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
      };
      await step("bypass (#3, #4)", () => accessProbes(ctx));
      await step("cross-origin actions (#12)", () => csrfProbes(ctx));
      await step("host header and SSRF (#12, #14)", () => hostProbes(ctx));
      await step("password spray (#15)", () => sprayProbes(ctx));
      await step("open redirect after sign-in and the code step (issue 12.1)", () => openRedirectProbes(ctx));
      await step("session cookie replayed after sign-out (#21, issue 12.2)", () => sessionReplayProbes(ctx));
      await step("lockout by strangers (#15, issue 12.3)", () => strangerLockoutProbes(ctx));
      await step("spoofed client address (#15, issue 12.5)", () => spoofedAddressProbes(ctx));
      await step("malformed Flight bodies (#30)", () => flightProbes(ctx, () => exitCode));
      await step("form methods (ASVS V14.2.1)", () => formProbes(ctx));
      await step("impossible dates, malformed X-File-Name (issue 12 #8)", () => inputProbes(ctx));
      await step("upload racing a submit (issue 12 #7)", () => raceProbes(ctx));
      await step("demo mode beyond loopback (issue 12 #6)", async () => demoModeProbes(ctx, await freePort(port + 1)));
      await step("error-body hygiene (#25, #30)", () => hygieneProbes(ctx));
    }
    if (steps.has("sqlmap") && exitCode === undefined) await runSqlmap(ctx, workDir);
    if (steps.has("wapiti") && exitCode === undefined) await runWapiti(ctx, workDir);
    if (exitCode !== undefined) report.add({ tool: "probe", target: app.url, finding: `the server exited during the run (code ${exitCode}${exitCode === 143 ? ": SIGTERM, not sent by this run, which stops the app only at the end" : ""}); see ${workDir}/app.log`, severity: "high" });
  } finally {
    await cleanup();
  }
  console.log("");
  console.log(report.table());
  console.log("");
  console.log(report.summary((Date.now() - started) / 1000));
  return report.findings.some(failing) ? 1 : 0;
}

if (process.env.ATTACK_LOCK !== "0" && !underLock()) {
  // Re-run ourselves under the shared CPU lock (one heavy job at a time on this machine).
  const result = spawnSync("flock", [LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
} else {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
