// npm test: the whole suite. Lockfile gate, type check, lint, unit/integration (vitest, on
// PGlite and the real PostgreSQL server), then e2e (Playwright against the
// production build). Ends with one line: `tests: N passed, M failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createScratchDatabase } from "./scratch-database.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const steps = [];
let passed = 0;
let failed = 0;

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
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
  const e2e = readJson("test-results/e2e.json");
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
  } else if (!e2eOk) failed += 1;
}

console.log("\nSteps:");
for (const step of steps) console.log(`  ${step.ok ? "✓" : "✗"} ${step.name} (${step.seconds}s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync("test-results") ? 0 : 1);
