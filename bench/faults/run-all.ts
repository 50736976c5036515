/**
 * npm run bench:faults: the fault runs against real processes (the three
 * faults, then the burst, slow-client and public-load runs of SECURITY.md
 * #32 and #33), one after the other (each makes its own scratch database and ports, and has
 * its own hard cap). The partial-failure case is a vitest test instead
 * (lib/applications/submission-fault.test.ts, part of `npm test`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureFaultPackages } from "./system-packages";

const FAULTS = ["pg-restart", "sigterm-drain", "two-instances", "backup-restore", "burst", "slow-clients", "public-load"];
const tsx = path.resolve(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");
// nginx and slowhttptest are installed here when missing (as .ci/run installs Chromium), or the run stops with what to do.
const missing = ensureFaultPackages();
if (missing) {
  console.error(missing);
  process.exit(1);
}
const results: string[] = [];
let failed = 0;
for (const fault of FAULTS) {
  console.log(`\n▶ ${fault}`);
  const started = Date.now();
  const run = spawnSync(tsx, ["--conditions=react-server", path.join(import.meta.dirname, `${fault}.ts`)], { stdio: "inherit" });
  const ok = run.status === 0;
  if (!ok) failed += 1;
  results.push(`  ${ok ? "✓" : "✗"} ${fault} (${Math.round((Date.now() - started) / 1000)} s${ok ? "" : `, exit ${run.status ?? run.signal}`})`);
}
console.log(`\nFault runs:\n${results.join("\n")}`);
process.exit(failed === 0 ? 0 : 1);
