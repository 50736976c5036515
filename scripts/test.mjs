// npm test: the whole suite. Lockfile gate, type check, lint (its rules proven by
// scripts/lint-rules.test.ts), unit/integration (vitest, on PGlite and the real
// PostgreSQL server; documents against local disk and a real S3-protocol server,
// s3rver, on 127.0.0.1), then e2e (Playwright against the production build) on
// PostgreSQL, and a smoke run on the embedded database. Ends with one line:
// `tests: N passed, M failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createScratchDatabase } from "./scratch-database.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const steps = [];
let passed = 0;
let failed = 0;

function run(name, command, args, env = {}, base = process.env) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...base, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const node = process.execPath;
const bin = (pkg, path) => [`node_modules/${pkg}/${path}`];
rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });

if (!run("lockfile", node, ["scripts/check-lockfile.mjs"])) failed += 1;
run("typegen", node, [...bin("next", "dist/bin/next"), "typegen"]);
if (!run("typecheck", node, [...bin("typescript", "bin/tsc"), "--noEmit"])) failed += 1;
if (!run("lint", node, [...bin("eslint", "bin/eslint.js"), ".", "--max-warnings=0"])) failed += 1;

const unitOk = run("unit and integration", node, [
  ...bin("vitest", "vitest.mjs"),
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/unit.json",
]);
const unit = readJson("test-results/unit.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) failed += 1; // a suite that failed to load
} else if (!unitOk) failed += 1;

if (!run("build", node, [...bin("next", "dist/bin/next"), "build"])) {
  failed += 1;
} else {
  // e2e always runs on the real PostgreSQL server: DATABASE_URL when given
  // (CI hands over a fresh one), else a database made here and dropped after.
  const scratch = process.env.DATABASE_URL ? null : await createScratchDatabase("lotus_e2e");
  const e2eOk = run("e2e", node, [...bin("@playwright/test", "cli.js"), "test", ...process.argv.slice(2)], {
    E2E_DATABASE_URL: process.env.DATABASE_URL ?? scratch.url,
  });
  await scratch?.drop();
  countE2e(e2eOk, "test-results/e2e.json");

  // The README's default is the embedded database: a smoke run (sign up, apply,
  // submit, staff see it; e2e/embedded/) on the same build with PGlite in a temp folder.
  const embeddedEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL" && name !== "E2E_DATABASE_URL"));
  const smokeOk = run("e2e on the embedded database", node, [...bin("@playwright/test", "cli.js"), "test"], { E2E_EMBEDDED: "1" }, embeddedEnv);
  countE2e(smokeOk, "test-results/e2e-embedded.json");
}

function countE2e(ok, file) {
  const e2e = readJson(file);
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    if (!ok && e2e.stats.unexpected === 0) failed += 1;
  } else if (!ok) failed += 1;
}

console.log("\nSteps:");
for (const step of steps) console.log(`  ${step.ok ? "✓" : "✗"} ${step.name} (${step.seconds}s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync("test-results") ? 0 : 1);
