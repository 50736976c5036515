import "server-only";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { RULES, throttleBoth } from "@/lib/security/rate-limit";
import { submitDraft, type SubmitResult } from "./drafts";

export type ThrottledSubmitResult = SubmitResult | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * The one submission path of the form's server action and of the HTTP route:
 * the per-account and per-address counters first (shared through Postgres),
 * then the idempotent submitDraft transaction.
 */
export async function submitApplication(db: Database, viewer: Viewer, applicationId: string, ip: string): Promise<ThrottledSubmitResult> {
  const limit = await throttleBoth(db, { account: RULES.submit, address: RULES.submitAddress }, { actorId: viewer.id, ip });
  if (!limit.allowed) return { ok: false, error: "throttled", retryAfterSeconds: limit.retryAfterSeconds };
  return submitDraft(db, viewer, applicationId, ip);
}
