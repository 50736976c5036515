import postgres from "postgres";
import { ensureBuild } from "../lib/app-server";
import { createScratchDatabase, type ScratchDatabase } from "../lib/database";

export interface FaultContext {
  scratch: ScratchDatabase;
  /** A connection to the scratch database for setup and the final ledger check. */
  sql: postgres.Sql;
  /** Runs at the end in reverse order, also on failure or when the hard cap fires. */
  onCleanup(fn: () => unknown): void;
  /** Milliseconds since the run started (for the report's timeline). */
  elapsed(): number;
}

export const HARD_CAP_MS = 90_000;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One fault run: scratch database, production build, cleanup whatever happens,
 * and a hard wall-clock cap so a hung fault never blocks the shared machine.
 * `body` returns the list of failed checks; the process exits 1 if any.
 */
export async function runFault(name: string, body: (ctx: FaultContext) => Promise<string[]>, capMs = HARD_CAP_MS): Promise<never> {
  const started = Date.now();
  const cleanups: (() => unknown)[] = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const cap = setTimeout(() => {
    console.error(`\n${name}: hard cap of ${capMs / 1000} s reached, aborting`);
    void cleanup().finally(() => process.exit(2));
  }, capMs);
  cap.unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }

  let failures: string[];
  try {
    ensureBuild();
    const scratch = await createScratchDatabase(`lotus_fault_${name.replace(/\W/g, "_")}`);
    cleanups.push(() => scratch.drop());
    const sql = postgres(scratch.url, { max: 4, onnotice: () => {} });
    cleanups.push(() => sql.end({ timeout: 2 }));
    failures = await body({ scratch, sql, onCleanup: (fn) => cleanups.push(fn), elapsed: () => Date.now() - started });
  } catch (error) {
    failures = [`run aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  await cleanup();
  clearTimeout(cap);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length === 0) {
    console.log(`\n${name}: PASS (${seconds} s wall time)`);
    process.exit(0);
  }
  console.log(`\n${name}: FAIL (${seconds} s wall time)`);
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exit(1);
}
