import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { users, type User } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordCappedAudit } from "@/lib/audit/capped";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { hitAll, refund, reset, RULES, type RateLimitResult } from "@/lib/security/rate-limit";
import { consumeRecoveryCode } from "./recovery-codes";
import { passwordFingerprint, signPending, verifyPending } from "./pending-ticket";
import { isInternal } from "./roles";
import { decryptSecret, encryptSecret } from "./secret-box";
import { base32Encode, generateTotpSecret, matchTotp, otpauthUri } from "./totp";

/**
 * Staff and admins sign in with a password and then a TOTP code (or a
 * recovery code). Between the two steps they hold only a signed, 5-minute
 * "pending" ticket (lib/auth/pending-ticket.ts) bound to their id, session
 * version and password, never a session.
 */
export const PENDING_SECONDS = 5 * 60;

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

export function needsSecondFactor(user: Pick<User, "role">): boolean {
  return isInternal(user);
}

export function issuePendingToken(user: Pick<User, "id" | "sessionVersion" | "passwordHash">, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  const password = passwordFingerprint(authSecret(), user.passwordHash);
  return signPending(authSecret(), { userId: user.id, sessionVersion: user.sessionVersion, password, expiresAt: nowSeconds + PENDING_SECONDS }, nowSeconds);
}

/** The staff member a valid ticket stands for (active, same session version, same password), or null. */
export async function pendingUser(db: Database, token: string | undefined, nowSeconds = Math.floor(Date.now() / 1000)): Promise<User | null> {
  const pending = token ? await verifyPending(authSecret(), token, nowSeconds) : null;
  if (!pending || !/^[0-9a-f-]{36}$/i.test(pending.userId)) return null;
  const [user] = await db.select().from(users).where(eq(users.id, pending.userId)).limit(1);
  if (!user || user.status !== "active" || !needsSecondFactor(user) || user.sessionVersion !== pending.sessionVersion) return null;
  if (passwordFingerprint(authSecret(), user.passwordHash) !== pending.password) return null;
  return user;
}

/** Gives a not-yet-enrolled staff member a secret to put into their authenticator (kept until confirmed). */
export async function ensureEnrolmentSecret(db: Database, user: User): Promise<void> {
  if (user.totpEnrolledAt || (user.totpSecret && decryptSecret(authSecret(), user.totpSecret, user.id))) return;
  const totpSecret = encryptSecret(authSecret(), generateTotpSecret(), user.id);
  await db.update(users).set({ totpSecret, totpLastStep: null }).where(and(eq(users.id, user.id), isNull(users.totpEnrolledAt)));
}

export function enrolmentDetails(user: User): { key: string; uri: string } | null {
  const secret = user.totpSecret ? decryptSecret(authSecret(), user.totpSecret, user.id) : null;
  if (!secret || user.totpEnrolledAt) return null;
  return { key: base32Encode(secret), uri: otpauthUri(secret, user.email) };
}

export type SecondFactorResult =
  | { ok: true; user: User; method: "totp" | "recovery"; enrolledNow: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks the code for a pending ticket. A TOTP step is stored with a
 * conditional UPDATE, so a code is accepted once even under concurrency; the
 * first accepted code of a new authenticator completes its enrolment.
 * Failures count per account and per address, like passwords.
 */
export async function checkSecondFactor(db: Database, input: { pendingToken: string; code: string }, ip: string): Promise<SecondFactorResult> {
  const now = Math.floor(Date.now() / 1000);
  const user = await pendingUser(db, input.pendingToken, now);
  if (!user) {
    await recordCappedAudit(db, { action: "auth.second_factor_failed", ip, detail: { reason: "ticket" } });
    return { ok: false, reason: "invalid" };
  }
  // Counted before the check (atomic), so concurrent guesses cannot all slip under the limit; a right code gives its point back.
  const [account, address] = (await hitAll(db, [
    { rule: RULES.secondFactorAccount, subject: user.id },
    { rule: RULES.secondFactorAddress, subject: ip },
  ])) as [RateLimitResult, RateLimitResult];
  if (!account.allowed || !address.allowed) {
    await recordCappedAudit(db, { action: "auth.second_factor_throttled", actorId: user.id, ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.max(account.allowed ? 0 : account.retryAfterSeconds, address.allowed ? 0 : address.retryAfterSeconds) };
  }
  const code = input.code.trim().replace(/\s/g, "");
  let method: "totp" | "recovery" | null = null;
  const secret = user.totpSecret ? decryptSecret(authSecret(), user.totpSecret, user.id) : null;
  const step = secret ? matchTotp(secret, code, now, user.totpLastStep) : null;
  if (step !== null) {
    const [stored] = await db
      .update(users)
      .set({ totpLastStep: step, totpEnrolledAt: user.totpEnrolledAt ?? new Date() })
      .where(and(eq(users.id, user.id), eq(users.totpSecret, user.totpSecret!), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    if (stored) method = "totp";
  } else if (user.totpEnrolledAt && (await consumeRecoveryCode(db, user.id, code))) {
    method = "recovery";
  }
  if (!method) {
    await recordCappedAudit(db, { action: "auth.second_factor_failed", actorId: user.id, ip });
    return { ok: false, reason: "invalid" };
  }
  await Promise.all([reset(db, RULES.secondFactorAccount, user.id), refund(db, RULES.secondFactorAddress, ip)]);
  const enrolledNow = !user.totpEnrolledAt;
  if (enrolledNow) await recordAudit(db, { action: "auth.mfa_enrolled", actorId: user.id, subjectType: "user", subjectId: user.id, ip });
  await recordAudit(db, { action: "auth.sign_in", actorId: user.id, ip, detail: { factor: method } });
  return { ok: true, user, method, enrolledNow };
}
