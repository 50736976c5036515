import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import { reset, RULES, throttle, throttleBoth } from "@/lib/security/rate-limit";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";
import { consumeToken, findToken, issueToken } from "./tokens";
import { endEverySession, endOtherSessions } from "./user-sessions";
import type { RegisterInput } from "./validation";

/** A refusal because of a limit: the form says "try again in N minutes". */
export type Throttled = { ok: false; reason: "throttled"; retryAfterSeconds: number };
const throttled = (retryAfterSeconds: number): Throttled => ({ ok: false, reason: "throttled", retryAfterSeconds });

function link(locale: string, path: string, token: string): string {
  return `${env().APP_URL}/${locale}${path}?token=${encodeURIComponent(token)}`;
}

export type RegisterOutcome = { ok: true } | { ok: false; field: "password"; error: string };

/**
 * Creates an investor account and queues the verification e-mail in the same
 * transaction. An address that already has an account gets a "someone tried
 * to register" e-mail instead, and the caller answers exactly the same way,
 * so the form cannot be used to find out who has an account.
 */
export async function registerInvestor(db: Database, input: RegisterInput, locale: string, ip: string): Promise<RegisterOutcome> {
  if (isCommonPassword(input.password)) return { ok: false, field: "password", error: "errors.password.common" };
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        company: input.company,
        country: input.country,
        passwordHash,
        role: "investor",
        preferredLocale: locale,
        privacyConsentAt: new Date(),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, locale: users.preferredLocale });
    if (created) {
      const token = await issueToken(tx, created.id, "verify_email");
      await enqueueEmail(tx, {
        to: input.email,
        userId: created.id,
        locale,
        template: "verifyEmail",
        values: { name: input.name, link: link(locale, "/verify-email", token) },
      });
      await recordAudit(tx, { action: "account.registered", actorId: created.id, ip });
    } else {
      const [existing] = await tx.select({ id: users.id, locale: users.preferredLocale }).from(users).where(eq(users.email, input.email));
      await enqueueEmail(tx, {
        to: input.email,
        userId: existing?.id ?? null,
        locale: existing?.locale ?? locale,
        template: "accountExists",
        values: { link: `${env().APP_URL}/${existing?.locale ?? locale}/forgot-password` },
      });
    }
  });
  return { ok: true };
}

/** Marks the e-mail verified when the token is valid; single use. */
export async function verifyEmail(db: Database, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "verify_email");
    if (!userId) return false;
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { action: "account.email_verified", actorId: userId });
    return true;
  });
}

/**
 * Queues a new verification link for a signed-in, unverified user. Each call
 * sends an e-mail, so it is limited per account and per address.
 */
export async function resendVerification(db: Database, userId: string, ip: string): Promise<{ ok: true } | Throttled> {
  const limit = await throttleBoth(db, { account: RULES.resendAccount, address: RULES.resendAddress }, { actorId: userId, ip });
  if (!limit.allowed) return throttled(limit.retryAfterSeconds);
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user || user.emailVerifiedAt) return;
    const token = await issueToken(tx, user.id, "verify_email");
    await enqueueEmail(tx, {
      to: user.email,
      userId: user.id,
      locale: user.preferredLocale,
      template: "verifyEmail",
      values: { name: user.name, link: link(user.preferredLocale, "/verify-email", token) },
    });
  });
  return { ok: true };
}

/** Same outcome whether or not the address has an account. */
export async function requestPasswordReset(db: Database, email: string, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user || user.status !== "active") return;
    const token = await issueToken(tx, user.id, "reset_password");
    await enqueueEmail(tx, {
      to: user.email,
      userId: user.id,
      locale: user.preferredLocale,
      template: "resetPassword",
      values: { name: user.name, link: link(user.preferredLocale, "/reset-password", token) },
    });
    await recordAudit(tx, { action: "account.reset_requested", actorId: user.id, ip });
  });
}

export type ResetOutcome = { ok: true } | { ok: false; reason: "invalidToken" | "commonPassword" } | Throttled;

/**
 * Sets the new password from an e-mailed link and ends every session of the
 * user. The token is looked up before any argon2 work (a bogus token costs a
 * database read, not a 19 MiB hash), and submissions are limited per address
 * before the lookup and per account after it.
 */
export async function resetPassword(db: Database, token: string, password: string, ip: string): Promise<ResetOutcome> {
  const address = await throttle(db, RULES.resetSubmitAddress, ip, { ip });
  if (!address.allowed) return throttled(address.retryAfterSeconds);
  const owner = await findToken(db, token, "reset_password");
  if (!owner) return { ok: false, reason: "invalidToken" };
  const account = await throttle(db, RULES.resetSubmitAccount, owner, { ip, actorId: owner });
  if (!account.allowed) return throttled(account.retryAfterSeconds);
  if (isCommonPassword(password)) return { ok: false, reason: "commonPassword" };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx): Promise<ResetOutcome> => {
    // Consumed here, atomically: of two concurrent uses of one link, one wins.
    const userId = await consumeToken(tx, token, "reset_password");
    if (!userId) return { ok: false, reason: "invalidToken" };
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await endEverySession(tx, userId);
    await recordAudit(tx, { action: "account.password_reset", actorId: userId, ip });
    return { ok: true };
  });
}

export async function updateProfile(db: Database, userId: string, input: { name: string; preferredLocale: string }): Promise<void> {
  await db.update(users).set({ name: input.name, preferredLocale: input.preferredLocale, updatedAt: new Date() }).where(eq(users.id, userId));
}

export type ChangePasswordOutcome = { ok: true } | { ok: false; reason: "wrongCurrent" | "commonPassword" } | Throttled;

/**
 * Changes the password of a signed-in user. Guesses of the current password
 * (a stolen session) are limited per account and per address. Every other
 * session of the user ends at once; this one (`keepSessionId`) stays, so the
 * user is not sent through sign-in again (for staff that would mean a second
 * factor in the middle of a form). Pending second-factor tickets die with
 * the old password hash (lib/auth/pending-ticket.ts).
 */
export async function changePassword(
  db: Database,
  who: { userId: string; keepSessionId: string; ip: string },
  current: string,
  password: string,
): Promise<ChangePasswordOutcome> {
  const limit = await throttleBoth(db, { account: RULES.changePasswordAccount, address: RULES.changePasswordAddress }, { actorId: who.userId, ip: who.ip });
  if (!limit.allowed) return throttled(limit.retryAfterSeconds);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, who.userId));
  if (!user || !(await verifyPassword(user.passwordHash, current))) return { ok: false, reason: "wrongCurrent" };
  await reset(db, RULES.changePasswordAccount, who.userId);
  if (isCommonPassword(password)) return { ok: false, reason: "commonPassword" };
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, who.userId));
    const ended = await endOtherSessions(tx, who.userId, who.keepSessionId);
    await recordAudit(tx, { action: "account.password_changed", actorId: who.userId, ip: who.ip, detail: { otherSessionsEnded: ended } });
  });
  return { ok: true };
}

/** "Sign out on all other devices": every session of the user but this one ends at once. */
export async function signOutOtherDevices(db: Database, who: { userId: string; keepSessionId: string; ip: string }): Promise<number> {
  const ended = await endOtherSessions(db, who.userId, who.keepSessionId);
  await recordAudit(db, { action: "account.signed_out_elsewhere", actorId: who.userId, ip: who.ip, detail: { sessionsEnded: ended } });
  return ended;
}
