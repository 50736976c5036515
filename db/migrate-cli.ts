// npm run db:migrate — applies pending migrations; exits non-zero on failure.
import { closeDb, getDb } from "./client";
import { runMigrations } from "./migrate";
import { env, EnvError } from "@/lib/env";
import { describeDatabaseError } from "@/lib/server/database-errors";

async function main() {
  const { applied, total } = await runMigrations(getDb());
  console.log(`migrations: ${applied} applied, ${total} in total`);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof EnvError ? error.message : describeDatabaseError(error, env().DATABASE_URL)}`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
