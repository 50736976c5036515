import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

// Load balancers ask this: 200 when the database answers, 503 otherwise.
export async function GET() {
  try {
    await Promise.race([
      getDb().execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), 3000)),
    ]);
    return Response.json({ ok: true, db: "up" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    logger.warn({ event: "health.db_down", err: error instanceof Error ? error.message : String(error) });
    return Response.json({ ok: false, db: "down" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
