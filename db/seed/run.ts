import type { Database } from "../types";
import { seedDemoAccounts } from "./accounts";
import { seedContent } from "./content";
import { seedStageDurations } from "./stage-durations";

export interface SeedOptions {
  /** One demo account per role: development and tests only, never production. */
  demoAccounts: boolean;
}

/** Idempotent: running it again leaves the same rows. */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<void> {
  await seedContent(db);
  await seedStageDurations(db);
  if (options.demoAccounts) await seedDemoAccounts(db);
}
