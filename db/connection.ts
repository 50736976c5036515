import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { PGlite } from "@electric-sql/pglite";
import * as schema from "./schema";
import type { Database } from "./types";

export type ConnectionKind = "postgres" | "pglite";

export interface Connection {
  kind: ConnectionKind;
  db: Database;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  /** A postgres:// URL. Without it the embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder for PGlite's files; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Connections in the postgres.js pool. */
  max?: number;
}

/** Seconds before the pool's next connection attempt after `attempt` failed ones: short, jittered. */
export function reconnectDelaySeconds(attempt: number): number {
  return Math.min(1, 0.05 * 2 ** attempt) * (0.5 + Math.random() / 2);
}

/** Opens one database connection (pool). Callers own its lifetime. */
export function openConnection(options: ConnectionOptions): Connection {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      // A restarted server drops idle sockets; recycle them rather than fail a request.
      idle_timeout: 30,
      max_lifetime: 60 * 30,
      // A connect that takes longer is a database that is not there: answer 503
      // well before a client (or nginx) gives up, rather than hold the request.
      connect_timeout: 5,
      // postgres.js waits up to 20 s (3^n/100 s, n shared by the pool) before a
      // reconnect; after a 1-second restart that kept requests hanging for 10 s
      // on a healthy database (bench/faults/pg-restart.ts). At most ~1 s here.
      backoff: reconnectDelaySeconds,
    });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" });
    return { kind: "postgres", db, close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? path.resolve(".data", "pglite");
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return { kind: "pglite", db, close: () => client.close() };
}

/** `db.execute` returns `{ rows }` on PGlite and an array on postgres.js: one shape here. */
export async function queryRows<T extends Record<string, unknown>>(
  db: Database,
  query: ReturnType<typeof sql>,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
