import "server-only";
import { eq } from "drizzle-orm";
import { users, type User } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { hitAll, refund, reset, RULES, type RateLimitResult } from "@/lib/security/rate-limit";
import { normalizeEmail } from "./email";
import { burnPasswordCheck, verifyPassword } from "./password";
import { isInternal } from "./roles";

export type AuthenticationResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password. An unknown e-mail, a wrong password and a
 * disabled account give the same answer and take about the same time. Failed
 * attempts count per account and per client address (in Postgres, shared by
 * every instance); the account counter resets on success, so the real owner
 * is slowed, never locked out for good.
 */
export async function authenticate(db: Database, input: { email: string; password: string }, ip: string): Promise<AuthenticationResult> {
  const email = normalizeEmail(input.email).slice(0, 320);
  // Counted before the check, atomically: a burst of concurrent attempts cannot
  // all pass a read-only check before the first failure is counted. A
  // successful sign-in gives its point back below (failures are what count).
  const [account, address] = (await hitAll(db, [
    { rule: RULES.signInAccount, subject: email },
    { rule: RULES.signInAddress, subject: ip },
  ])) as [RateLimitResult, RateLimitResult];
  if (!account.allowed || !address.allowed) {
    const retryAfterSeconds = Math.max(account.allowed ? 0 : account.retryAfterSeconds, address.allowed ? 0 : address.retryAfterSeconds);
    await recordAudit(db, { action: "auth.sign_in_throttled", ip });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!user || !valid || user.status !== "active") {
    await recordAudit(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, ip });
    return { ok: false, reason: "invalid" };
  }
  await Promise.all([reset(db, RULES.signInAccount, email), refund(db, RULES.signInAddress, ip)]);
  // Staff are not signed in yet: their second factor follows (lib/auth/second-factor.ts).
  await recordAudit(db, { action: isInternal(user) ? "auth.password_verified" : "auth.sign_in", actorId: user.id, ip });
  return { ok: true, user };
}
