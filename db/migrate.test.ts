import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openConnection, queryRows } from "./connection";
import { runMigrations } from "./migrate";
import { createEmptyPostgresDatabase } from "@/lib/testing/test-databases";

describe("migrations", () => {
  it("two instances migrating one empty database at once: both succeed, each migration runs once", async () => {
    const empty = await createEmptyPostgresDatabase();
    const a = openConnection({ url: empty.url, max: 2 });
    const b = openConnection({ url: empty.url, max: 2 });
    try {
      const [ra, rb] = await Promise.all([runMigrations(a.db), runMigrations(b.db)]);
      expect(ra.applied + rb.applied).toBe(ra.total);
      const rows = await queryRows<{ n: number }>(a.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(Number(rows[0]?.n)).toBe(ra.total);
      expect((await runMigrations(a.db)).applied).toBe(0);
    } finally {
      await a.close();
      await b.close();
      await empty.drop();
    }
  });

  it("applies the same migrations on PGlite", async () => {
    const pglite = openConnection({ dataDir: "memory://" });
    try {
      const result = await runMigrations(pglite.db);
      expect(result.applied).toBe(result.total);
      expect(result.total).toBeGreaterThan(0);
    } finally {
      await pglite.close();
    }
  });
});
