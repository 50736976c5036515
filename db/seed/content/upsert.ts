import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";

const neverOverwritten = new Set(["id", "createdAt"]);

/**
 * The SET clause of an upsert: every column the seed provides takes the incoming
 * (`excluded`) value, and `updatedAt` is bumped when the table has one. Keys are
 * the TypeScript property names; SQL names follow the snake_case casing.
 */
export function takeIncoming(table: PgTable, keys: readonly string[]): Record<string, SQL> {
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const key of keys) {
    const column = columns[key];
    if (!column || neverOverwritten.has(key)) continue;
    const name = column.keyAsName ? toSnakeCase(column.name) : column.name;
    // eslint-disable-next-line no-restricted-syntax -- a column name of the drizzle table definition, never input
    set[key] = sql.raw(`excluded."${name}"`);
  }
  if ("updatedAt" in columns) set.updatedAt = sql`now()`;
  return set;
}

/** Looks up an id by natural key, failing loudly on a typo in the seed data. */
export function idOf(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed refers to unknown ${what} "${key}"`);
  return id;
}
