import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openConnection, type Connection } from "@/db/connection";
import { runMigrations } from "@/db/migrate";

/**
 * Integration tests run against BOTH engines: the embedded PGlite (in memory)
 * and the real PostgreSQL server. Each call creates a fresh, migrated database
 * and the returned `drop()` removes it: nothing relies on leftovers.
 */
export const engines = ["pglite", "postgres"] as const;
export type Engine = (typeof engines)[number];

/** Admin connection used to create and drop throw-away databases. */
export function adminUrl(): string {
  return process.env.TEST_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

export interface TestDatabase extends Connection {
  url?: string;
  drop(): Promise<void>;
}

export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lotus_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "pglite") {
    const connection = openConnection({ dataDir: "memory://" });
    await runMigrations(connection.db);
    return { ...connection, drop: () => connection.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const connection = openConnection({ url: empty.url, max: 5 });
  await runMigrations(connection.db);
  return {
    ...connection,
    url: empty.url,
    async drop() {
      await connection.close();
      await empty.drop();
    },
  };
}
