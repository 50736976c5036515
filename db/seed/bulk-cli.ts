// npm run db:seed:bulk -- --applications 100000: migrates, seeds the content, then adds a bulk queue.
import { parseArgs } from "node:util";
import { closeDb, getDb } from "../client";
import { runMigrations } from "../migrate";
import { env } from "@/lib/env";
import { seedBulkApplications } from "./bulk";
import { seedDatabase } from "./run";

async function main() {
  const { values } = parseArgs({ options: { applications: { type: "string", default: "100000" } } });
  const count = Number(values.applications);
  if (!Number.isInteger(count) || count < 1 || count > 5_000_000) throw new Error("--applications must be a whole number from 1 to 5,000,000");
  const config = env();
  const db = getDb();
  await runMigrations(db);
  await seedDatabase(db, { demoAccounts: config.demoMode });
  const started = Date.now();
  const summary = await seedBulkApplications(db, count);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `bulk: ${summary.applications} applications, ${summary.investors} investors, ${summary.events} events, ${summary.messages} messages in ${seconds} s (${config.embedded ? "embedded database" : "DATABASE_URL"})`,
  );
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
    console.error(`db:seed:bulk failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} ${cause}`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
