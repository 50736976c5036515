import path from "node:path";
import { env } from "@/lib/env";
import { openConnection, type Connection } from "./connection";
import type { Database } from "./types";

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { lotusDb?: Connection };

export function getConnection(): Connection {
  if (!globalForDb.lotusDb) {
    const { DATABASE_URL, dataDir } = env();
    globalForDb.lotusDb = openConnection({ url: DATABASE_URL, dataDir: path.join(dataDir, "pglite") });
  }
  return globalForDb.lotusDb;
}

export function getDb(): Database {
  return getConnection().db;
}

export async function closeDb(): Promise<void> {
  const connection = globalForDb.lotusDb;
  globalForDb.lotusDb = undefined;
  await connection?.close();
}
