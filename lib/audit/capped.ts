import "server-only";
import type { Database } from "@/db/types";
import { hit, type RateLimitRule } from "@/lib/security/rate-limit";
import { recordAudit, type AuditInput } from "./record";

/**
 * Denied, throttled and failed attempts are what an attacker can produce
 * without limit: one audit row each would let anyone fill the audit table.
 * So rows of one kind (action) from one client address are written up to
 * AUDIT_CAP per window; the first one over the cap writes a single
 * `audit.suppressed` row saying what is being held back and until when, and
 * the rest are only counted (the window's counter in rate_limits).
 */
export const AUDIT_CAP: RateLimitRule = { name: "audit", points: 20, windowSeconds: 10 * 60 };

export async function recordCappedAudit(db: Database, input: AuditInput, cap: RateLimitRule = AUDIT_CAP): Promise<void> {
  const counted = await hit(db, cap, `${input.action}:${input.ip ?? "unknown"}`);
  if (counted.allowed) return recordAudit(db, input);
  if (counted.firstExceeded) {
    await recordAudit(db, {
      action: "audit.suppressed",
      actorId: input.actorId ?? null,
      ip: input.ip,
      detail: { action: input.action, cap: cap.points, windowSeconds: cap.windowSeconds, resumesInSeconds: counted.retryAfterSeconds },
    });
  }
}
