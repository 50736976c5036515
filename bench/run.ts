// npm run bench: the production build on real PostgreSQL (loopback), a 100,000-application
// queue, then every scenario against a ceiling measured in the same run (a separate bare
// Next app, bench/ceiling, for the pages, submissions and JavaScript). Prints each
// figure and writes bench/results/latest.json. Options: --seconds 8 --applications 100000
// --only pages,submissions,queue,export,javascript,lighthouse
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openConnection } from "@/db/connection";
import { runMigrations } from "@/db/migrate";
import { seedBulkApplications } from "@/db/seed/bulk";
import { seedDatabase } from "@/db/seed/run";
import { ensureBuild, ROOT, startApp } from "./lib/app-server";
import { startCeiling, type CeilingServer } from "./lib/ceiling-server";
import { createScratchDatabase } from "./lib/database";
import { createInvestors } from "./lib/investors";
import type { ScenarioResult } from "./lib/stats";
import { runExportScenario } from "./scenarios/export";
import { runJavascriptScenario } from "./scenarios/javascript";
import { runLighthouseScenario } from "./scenarios/lighthouse";
import { runPagesScenario } from "./scenarios/pages";
import { runQueueScenario } from "./scenarios/queue";
import { runSubmissionsScenario } from "./scenarios/submissions";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "8" },
    applications: { type: "string", default: "100000" },
    only: { type: "string", default: "javascript,pages,submissions,queue,export,lighthouse" },
    port: { type: "string", default: "3400" },
    "ceiling-port": { type: "string", default: "3401" },
  },
});
const seconds = Number(values.seconds);
const only = new Set(values.only.split(","));
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

function print(result: ScenarioResult) {
  console.log(`\n== ${result.name}: ${result.met ? "MET" : "NOT MET"} (target: ${result.target})${result.ratio !== undefined ? `, ratio ${result.ratio}` : ""}`);
  console.log(JSON.stringify(result.figures, null, 2));
  for (const note of result.notes ?? []) console.log(`  - ${note}`);
}

async function main() {
  ensureBuild();
  const database = await createScratchDatabase("lotus_bench");
  const results: ScenarioResult[] = [];
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let ceiling: CeilingServer | undefined;
  try {
    log(`database ${database.name}: migrating, seeding the content and ${values.applications} applications`);
    const connection = openConnection({ url: database.url, max: 2 });
    await runMigrations(connection.db);
    await seedDatabase(connection.db, { demoAccounts: false });
    const bulk = await seedBulkApplications(connection.db, Number(values.applications));
    await connection.close();
    log(`bulk: ${bulk.applications} applications, ${bulk.events} events, ${bulk.messages} messages`);

    const logFile = path.join(os.tmpdir(), `lotus-bench-${process.pid}.log`);
    app = await startApp({ port: Number(values.port), databaseUrl: database.url, logFile });
    log(`app on ${app.url} (pid ${app.child.pid}, log ${logFile})`);
    // The baseline is a separate bare Next app (bench/ceiling), built and served here only.
    ceiling = await startCeiling(Number(values["ceiling-port"]));
    log(`ceiling app on ${ceiling.url}`);

    const postgres = (await import("postgres")).default;
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [investor] = await createInvestors(sql, 1, 1, "bench-form");
    await sql.end();
    const formPath = `/en/applications/${investor!.drafts[0]}/edit/company`;

    const scenarios: Array<[string, () => Promise<ScenarioResult>]> = [
      ["javascript", () => runJavascriptScenario(app!.url, ceiling!.url, investor!.cookie, formPath)],
      ["pages", () => runPagesScenario(app!.url, ceiling!.url, seconds)],
      ["submissions", () => runSubmissionsScenario(app!.url, ceiling!.url, database.url, seconds)],
      ["queue", () => runQueueScenario(database.url)],
      ["export", () => runExportScenario(app!.url, database.url, app!.child.pid!)],
      [
        "lighthouse",
        () =>
          runLighthouseScenario(app!.url, [
            { name: "region page", path: "/en" },
            { name: "partner profile", path: "/en/partners/iran" },
            { name: "application form", path: formPath, cookie: investor!.cookie },
          ]),
      ],
    ];
    for (const [name, run] of scenarios) {
      if (!only.has(name)) continue;
      log(`scenario: ${name}`);
      const result = await run();
      results.push(result);
      print(result);
    }
  } finally {
    await app?.stop();
    await ceiling?.stop();
    await database.drop();
  }
  const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    commit,
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    scenarios: results,
  };
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench", "results", "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nbench: ${results.filter((r) => r.met).length} of ${results.length} targets met in ${report.durationSeconds} s; bench/results/latest.json written`);
  for (const result of results) console.log(`  ${result.met ? "met    " : "NOT MET"}  ${result.name}${result.ratio !== undefined ? ` (ratio ${result.ratio})` : ""}`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
