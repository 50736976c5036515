import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnection, queryRows, type Connection } from "./connection";
import { migrationsFolder, runMigrations } from "./migrate";
import { createEmptyPostgresDatabase } from "@/lib/testing/test-databases";

let folderCount = 0;

/** A migrations folder in drizzle-kit's layout: meta/_journal.json and one .sql per tag (later ones newer each call). */
function folderWith(migrations: Array<{ tag: string; statements: string[] }>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lotus-migrations-"));
  mkdirSync(path.join(dir, "meta"));
  folderCount += 1;
  const entries = migrations.map((m, idx) => ({ idx, version: "7", when: 1_700_000_000_000 + (idx === 0 ? 0 : folderCount * 10 + idx), tag: m.tag, breakpoints: true }));
  writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ version: "7", dialect: "postgresql", entries }));
  for (const m of migrations) writeFileSync(path.join(dir, `${m.tag}.sql`), m.statements.join("\n--> statement-breakpoint\n"));
  return dir;
}

const tables = async (connection: Connection) =>
  (await queryRows<{ name: string }>(connection.db, sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`)).map((r) => r.name);
const journal = async (connection: Connection) =>
  Number((await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]?.n);

describe("migration safety (SECURITY-CHECKS #38)", () => {
  let empty: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  let connection: Connection;
  const folders: string[] = [];
  const first = { tag: "0000_first", statements: ["create table kept (id int primary key)"] };

  beforeAll(async () => {
    empty = await createEmptyPostgresDatabase();
    connection = openConnection({ url: empty.url, max: 2 });
    folders.push(folderWith([first]));
    await runMigrations(connection.db, folders[0]);
  });
  afterAll(async () => {
    await connection.close();
    await empty.drop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("a migration that fails midway leaves the schema at the previous version", async () => {
    const dir = folderWith([first, { tag: "0001_broken", statements: ["create table half_done (id int)", "alter table kept add column n int", "select 1/0"] }]);
    folders.push(dir);
    await expect(runMigrations(connection.db, dir)).rejects.toThrow();
    expect(await tables(connection)).toEqual(["kept"]);
    expect(await journal(connection)).toBe(1);
    const columns = await queryRows<{ c: string }>(connection.db, sql`select column_name as c from information_schema.columns where table_name = 'kept'`);
    expect(columns.map((r) => r.c)).toEqual(["id"]);
  });

  it("a migration whose process is killed midway leaves the schema at the previous version, and the next start applies it", async () => {
    const slow = { tag: "0001_slow", statements: ["create table arrived (id int)", "select pg_sleep(30)"] };
    const dir = folderWith([first, slow]);
    folders.push(dir);
    // Another process, as a starting app instance would be, killed with SIGKILL mid-migration.
    const script = `import { openConnection } from "./db/connection.ts"; import { runMigrations } from "./db/migrate.ts";
      await runMigrations(openConnection({ url: process.env.MIGRATE_URL }).db, process.env.MIGRATE_DIR);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: { ...process.env, MIGRATE_URL: empty.url, MIGRATE_DIR: dir },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    let sleeping = false;
    for (let tries = 0; tries < 100 && !sleeping; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const rows = await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and query like '%pg_sleep(30)%' and query not like '%pg_stat_activity%'`);
      sleeping = Number(rows[0]?.n) > 0;
    }
    expect(sleeping).toBe(true);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    // The server notices the dead client and rolls its transaction back.
    for (let tries = 0; tries < 100; tries++) {
      const rows = await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and query like '%pg_sleep(30)%' and query not like '%pg_stat_activity%' and state <> 'idle'`);
      if (Number(rows[0]?.n) === 0) break;
      await connection.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like '%pg_sleep(30)%' and query not like '%pg_stat_activity%' and pid <> pg_backend_pid()`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await tables(connection)).toEqual(["kept"]);
    expect(await journal(connection)).toBe(1);
    const fixed = folderWith([first, { tag: "0001_slow", statements: ["create table arrived (id int)"] }]);
    folders.push(fixed);
    expect((await runMigrations(connection.db, fixed)).applied).toBe(1);
    expect(await tables(connection)).toEqual(["arrived", "kept"]);
  }, 30_000);

  it("a migration waits at most the lock timeout behind a transaction holding its table", async () => {
    const holder = openConnection({ url: empty.url, max: 1 });
    const dir = folderWith([first, { tag: "0002_blocked", statements: ["alter table kept add column blocked int"] }]);
    folders.push(dir);
    try {
      const started = Date.now();
      await holder.db.transaction(async (tx) => {
        await tx.execute(sql`lock table kept in access share mode`);
        await expect(runMigrations(connection.db, dir)).rejects.toThrow();
      });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await journal(connection)).toBe(2); // the two applied above, not this one
    } finally {
      await holder.close();
    }
  }, 30_000);
});

describe("migration files: expand, then contract (the previous app version keeps working on the new schema)", () => {
  // Each statement that would break the version still serving during a rolling deploy
  // (it reads or writes what the statement removes or renames) needs a line here saying
  // why it is safe. Creating tables, columns with defaults and indexes is always fine.
  const REVIEWED: Record<string, string> = {
    "0005_queue_keyset_indexes: DROP INDEX": "indexes are recreated in the same transaction; queries do not name indexes",
  };
  const DESTRUCTIVE = /\b(DROP\s+(TABLE|COLUMN|INDEX|TYPE)|RENAME\s+(COLUMN|TO)|ALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE|SET\s+NOT\s+NULL)\b/i;

  it("no migration drops, renames or narrows what the running app uses, unless reviewed", () => {
    const problems: string[] = [];
    for (const file of readdirSync(migrationsFolder).filter((name) => name.endsWith(".sql"))) {
      const tag = file.replace(/\.sql$/, "");
      for (const statement of readFileSync(path.join(migrationsFolder, file), "utf8").split("--> statement-breakpoint")) {
        const match = DESTRUCTIVE.exec(statement);
        if (!match) continue;
        const key = `${tag}: ${match[0].toUpperCase().replace(/\s+/g, " ")}`;
        if (!REVIEWED[key]) problems.push(`${key} — ${statement.trim().slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
