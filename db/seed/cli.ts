// npm run db:seed — migrates, then seeds; exits non-zero on failure.
import { closeDb, getDb } from "../client";
import { runMigrations } from "../migrate";
import { env } from "@/lib/env";
import { seedDatabase } from "./run";

async function main() {
  const config = env();
  const db = getDb();
  await runMigrations(db);
  await seedDatabase(db, { demoAccounts: config.demoMode });
  console.log(`seeded ${config.embedded ? "the embedded database" : "DATABASE_URL"}`);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
