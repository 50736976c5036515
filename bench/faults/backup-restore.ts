/**
 * Backup and restore drill (SECURITY-CHECKS #38): a migrated database with the
 * content and a bulk queue is dumped with pg_dump (custom format) and restored
 * with pg_restore into a fresh database; every table's row count and checksum,
 * the sequences and the migration journal must match, and the restored database
 * must need no migration. Loopback only; both databases are dropped at the end.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openConnection } from "@/db/connection";
import { runMigrations } from "@/db/migrate";
import { seedBulkApplications } from "@/db/seed/bulk";
import { seedDatabase } from "@/db/seed/run";
import { createScratchDatabase } from "../lib/database";

const APPLICATIONS = Number(process.env.DRILL_APPLICATIONS ?? 20_000);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error?.message}`);
}

/** Row count and an order-independent checksum of every row, per table; sequences; the journal. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ schema: string; name: string }[]>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`;
    const result: Record<string, string> = {};
    for (const { schema, name } of tables) {
      const [row] = await sql.unsafe<{ n: number; sum: string | null }[]>(
        `select count(*)::int as n, md5(string_agg(md5(t::text), '' order by md5(t::text))) as sum from "${schema}"."${name}" t`,
      );
      result[`${schema}.${name}`] = `${row?.n} rows ${row?.sum ?? "-"}`;
    }
    for (const { name } of await sql<{ name: string }[]>`select sequence_name as name from information_schema.sequences where sequence_schema = 'public' order by 1`) {
      const [row] = await sql.unsafe<{ last: string }[]>(`select last_value::text as last from "${name}"`);
      result[`sequence ${name}`] = row?.last ?? "-";
    }
    return result;
  } finally {
    await sql.end();
  }
}

async function main() {
  const started = Date.now();
  const source = await createScratchDatabase("lotus_drill_source");
  const target = await createScratchDatabase("lotus_drill_restored");
  const dir = mkdtempSync(path.join(os.tmpdir(), "lotus-drill-"));
  try {
    const connection = openConnection({ url: source.url, max: 2 });
    await runMigrations(connection.db);
    await seedDatabase(connection.db, { demoAccounts: false });
    const bulk = await seedBulkApplications(connection.db, APPLICATIONS);
    await connection.close();

    const dump = path.join(dir, "lotus.dump");
    const dumpStarted = Date.now();
    run("pg_dump", ["--format=custom", "--no-owner", "--file", dump, source.url]);
    const dumpSeconds = (Date.now() - dumpStarted) / 1000;
    const restoreStarted = Date.now();
    run("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", target.url, dump]);
    const restoreSeconds = (Date.now() - restoreStarted) / 1000;

    const [before, after] = await Promise.all([fingerprint(source.url), fingerprint(target.url)]);
    const differences = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key] !== after[key]);
    const restored = openConnection({ url: target.url, max: 1 });
    const pending = await runMigrations(restored.db);
    await restored.close();

    console.log(`backup-restore: ${bulk.applications} applications, ${bulk.events} events, ${bulk.messages} messages`);
    console.log(`  pg_dump ${dumpSeconds.toFixed(1)} s (${(statSync(dump).size / 1e6).toFixed(1)} MB), pg_restore ${restoreSeconds.toFixed(1)} s`);
    console.log(`  ${Object.keys(before).length} tables and sequences compared: ${differences.length} differ`);
    for (const key of differences) console.log(`  ✗ ${key}: ${before[key]} → ${after[key]}`);
    console.log(`  migrations pending on the restored database: ${pending.applied} of ${pending.total}`);
    const ok = differences.length === 0 && pending.applied === 0;
    console.log(`backup-restore: ${ok ? "PASS" : "FAIL"} in ${Math.round((Date.now() - started) / 1000)} s`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await source.drop();
    await target.drop();
  }
}

main().catch((error: unknown) => {
  console.error(`backup-restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
