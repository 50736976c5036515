import "server-only";
import { eq } from "drizzle-orm";
import { users, type User } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordCappedAudit } from "@/lib/audit/capped";
import { recordAudit } from "@/lib/audit/record";
import { hitAll, peek, refund, reset, RULES, type RateLimitResult } from "@/lib/security/rate-limit";
import { normalizeEmail } from "./email";
import { burnPasswordCheck, verifyPassword } from "./password";
import { isInternal } from "./roles";
import { signInDelaySeconds } from "./sign-in-delay";

export type AuthenticationResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export interface AuthenticateOptions {
  /** Waits the slow-down (tests pass their own clock). */
  sleep?: (milliseconds: number) => Promise<void>;
}

const realSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Checks an e-mail and password. An unknown e-mail, a wrong password and a
 * disabled account give the same answer and take about the same time.
 *
 * Failed attempts are counted in Postgres (shared by every instance) three
 * ways: per client address (the hard limit: one address cannot guess on and
 * on, over one account or many), per account and address together, and per
 * account. The last two only slow attempts down (lib/auth/sign-in-delay.ts),
 * never block them: a stranger's wrong passwords from other addresses must not
 * lock the owner out of their account.
 */
export async function authenticate(db: Database, input: { email: string; password: string }, ip: string, options: AuthenticateOptions = {}): Promise<AuthenticationResult> {
  const email = normalizeEmail(input.email).slice(0, 320);
  const pairSubject = `${email}|${ip}`;
  // Counted before the check, atomically: a burst of concurrent attempts cannot
  // all pass a read-only check before the first failure is counted. A
  // successful sign-in gives its points back below (failures are what count).
  const [address, pair, account] = (await hitAll(db, [
    { rule: RULES.signInAddress, subject: ip },
    { rule: RULES.signInPair, subject: pairSubject },
    { rule: RULES.signInAccount, subject: email },
  ])) as [RateLimitResult, RateLimitResult, RateLimitResult];
  if (!address.allowed) {
    await recordCappedAudit(db, { action: "auth.sign_in_throttled", ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: address.retryAfterSeconds };
  }
  const delay = signInDelaySeconds((pair.count ?? 1) - 1, (account.count ?? 1) - 1);
  if (delay > 0) await (options.sleep ?? realSleep)(delay * 1000);

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!user || !valid || user.status !== "active") {
    await recordCappedAudit(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, ip });
    return { ok: false, reason: "invalid" };
  }
  await Promise.all([reset(db, RULES.signInPair, pairSubject), refund(db, RULES.signInAccount, email), refund(db, RULES.signInAddress, ip)]);
  // Staff are not signed in yet: their second factor follows (lib/auth/second-factor.ts).
  await recordAudit(db, { action: isInternal(user) ? "auth.password_verified" : "auth.sign_in", actorId: user.id, ip });
  return { ok: true, user };
}

/** For the sign-in form's "try again in N minutes": how long the address is still held. */
export async function signInRetryAfter(db: Database, ip: string): Promise<number> {
  return (await peek(db, RULES.signInAddress, ip)).retryAfterSeconds;
}
