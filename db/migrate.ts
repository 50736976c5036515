import path from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { queryRows } from "./connection";
import type { Database } from "./types";

// Any fixed number: every instance asks for the same lock.
const MIGRATION_LOCK_ID = 7_305_202_614;

/** How long a migration statement may wait for a lock, and run at most. */
const LOCK_TIMEOUT = "10s";
const STATEMENT_TIMEOUT = "10min";

export const migrationsFolder = path.resolve(process.cwd(), "db", "migrations");

export interface MigrationResult {
  applied: number;
  total: number;
}

/**
 * Applies pending migrations in ONE transaction that first takes a
 * transaction-scoped advisory lock. Two instances starting at once against an
 * empty database serialise here: the second waits, then finds nothing to do.
 * Drizzle's own migrator creates its schema outside any lock and races.
 * The bookkeeping table is drizzle-kit's, so both tools agree on what ran.
 * One transaction also means a migration that fails or is killed midway leaves
 * the schema exactly at the previous version (db/migrate.test.ts).
 */
export async function runMigrations(db: Database, folder = migrationsFolder): Promise<MigrationResult> {
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  let applied = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
    // Once we hold the lock: never queue for minutes behind a long transaction on a table we
    // alter (every query of the serving app would queue behind us); fail, roll back, retry.
    // SET takes no parameters; both values are constants of this module.
    // eslint-disable-next-line no-restricted-syntax -- constant input (LOCK_TIMEOUT)
    await tx.execute(sql.raw(`set local lock_timeout = '${LOCK_TIMEOUT}'`));
    // eslint-disable-next-line no-restricted-syntax -- constant input (STATEMENT_TIMEOUT)
    await tx.execute(sql.raw(`set local statement_timeout = '${STATEMENT_TIMEOUT}'`));
    await tx.execute(sql`create schema if not exists drizzle`);
    await tx.execute(sql`
      create table if not exists drizzle.__drizzle_migrations (
        id serial primary key,
        hash text not null,
        created_at bigint
      )`);
    const [last] = await queryRows<{ created_at: string | number }>(
      tx as unknown as Database,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const lastMillis = last ? Number(last.created_at) : -1;
    for (const migration of migrations) {
      if (migration.folderMillis <= lastMillis) continue;
      for (const statement of migration.sql) {
        // eslint-disable-next-line no-restricted-syntax -- the committed, reviewed migration files are SQL by definition
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      );
      applied += 1;
    }
  });
  return { applied, total: migrations.length };
}
