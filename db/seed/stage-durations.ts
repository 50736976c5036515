import { stageDurations } from "@/db/schema";
import type { Database } from "@/db/types";

/**
 * Our own service targets per stage (not facts about the SEZ), shown on the
 * applicant's timeline; admins can change them. They add up to about the
 * 40 days the fact sheet cites for a decision.
 */
export const DEFAULT_STAGE_DAYS = { submitted: 2, screening: 8, info_requested: 14, resubmitted: 5, expert_review: 25 } as const;

export async function seedStageDurations(db: Database): Promise<void> {
  await db
    .insert(stageDurations)
    .values(Object.entries(DEFAULT_STAGE_DAYS).map(([status, expectedDays]) => ({ status: status as keyof typeof DEFAULT_STAGE_DAYS, expectedDays })))
    .onConflictDoNothing();
}
