import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";

const tableName = (table: PgTable) => `"${getTableName(table)}"`;

const neverOverwritten = new Set(["id", "createdAt", "editedFields"]);

/**
 * The SET clause of an upsert: every column the seed provides takes the incoming
 * (`excluded`) value, and `updatedAt` is bumped when the table has one. Keys are
 * the TypeScript property names; SQL names follow the snake_case casing.
 *
 * A table whose rows staff edit has `edited_fields`: a column named there keeps
 * its current value, so re-seeding (every start of the embedded server, `db:seed`)
 * adds what is missing and never undoes a reviewer's correction.
 */
export function takeIncoming(table: PgTable, keys: readonly string[]): Record<string, SQL> {
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const key of keys) {
    const column = columns[key];
    if (!column || neverOverwritten.has(key)) continue;
    const name = column.keyAsName ? toSnakeCase(column.name) : column.name;
    // Identifiers come from the drizzle table definition, never from input; the key is a literal of the same.
    // eslint-disable-next-line no-restricted-syntax -- schema names only, see above
    const incoming = sql.raw(`excluded."${name}"`);
    set[key] =
      "editedFields" in columns
        ? // eslint-disable-next-line no-restricted-syntax -- schema names only, see above
          sql.raw(`case when '${key}' = any(${tableName(table)}."edited_fields") then ${tableName(table)}."${name}" else excluded."${name}" end`)
        : incoming;
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
