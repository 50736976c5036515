import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";
import { consumeToken, issueToken } from "./tokens";
import type { RegisterInput } from "./validation";

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

/** Queues a new verification link for a signed-in, unverified user. */
export async function resendVerification(db: Database, userId: string): Promise<void> {
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

export type ResetOutcome = "ok" | "invalidToken" | "commonPassword";

/** Sets the new password and ends every existing session of the user. */
export async function resetPassword(db: Database, token: string, password: string): Promise<ResetOutcome> {
  if (isCommonPassword(password)) return "commonPassword";
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "reset_password");
    if (!userId) return "invalidToken";
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, { action: "account.password_reset", actorId: userId });
    return "ok";
  });
}

export async function updateProfile(db: Database, userId: string, input: { name: string; preferredLocale: string }): Promise<void> {
  await db.update(users).set({ name: input.name, preferredLocale: input.preferredLocale, updatedAt: new Date() }).where(eq(users.id, userId));
}

export type ChangePasswordOutcome = "ok" | "wrongCurrent" | "commonPassword";

export async function changePassword(db: Database, userId: string, current: string, password: string): Promise<ChangePasswordOutcome> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, current))) return "wrongCurrent";
  if (isCommonPassword(password)) return "commonPassword";
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { action: "account.password_changed", actorId: userId });
  });
  return "ok";
}

/** Ends every session of the user, this one included. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, userId));
  await recordAudit(db, { action: "account.signed_out_everywhere", actorId: userId });
}
