"use server";

import { eq } from "drizzle-orm";
import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { homePathFor } from "@/lib/auth/roles";
import { users } from "@/db/schema";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { registerInvestor, requestPasswordReset, resetPassword, verifyEmail } from "@/lib/auth/accounts";
import { SecondFactorRequired, signIn } from "@/lib/auth/config";
import { setPendingCookie } from "@/lib/auth/pending-cookie";
import { ensureEnrolmentSecret, issuePendingToken } from "@/lib/auth/second-factor";
import { forgotPasswordSchema, registerSchema, resetPasswordSchema, safeNextPath, signInSchema } from "@/lib/auth/validation";
import { isLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { peek, RULES, throttle } from "@/lib/security/rate-limit";
import { z } from "zod";

// Every action here is a public POST endpoint: arguments are parsed with the
// form's schema before anything else happens.

export async function registerAction(values: unknown): Promise<ActionResult> {
  const parsed = registerSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const ip = await clientAddress();
  const limit = await throttle(db, RULES.register, ip, { ip });
  if (!limit.allowed) return failure("throttled", { retryAfterSeconds: limit.retryAfterSeconds });
  const outcome = await registerInvestor(db, parsed.data, await getLocale(), ip);
  if (!outcome.ok) return failure("invalid", { fieldErrors: { [outcome.field]: outcome.error } });
  return success(null);
}

export async function signInAction(values: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const { email, password, next } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error instanceof SecondFactorRequired) return startSecondFactor(email, next);
      if (error.code === "throttled") {
        const [account, address] = await Promise.all([
          peek(getDb(), RULES.signInAccount, email),
          peek(getDb(), RULES.signInAddress, await clientAddress()),
        ]);
        return failure("throttled", { retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) });
      }
      return failure("invalidCredentials");
    }
    logger.error({ event: "auth.sign_in_error", err: error instanceof Error ? error.message : String(error) });
    return failure("server");
  }
  // Without an explicit `next`, the user lands in their preferred language (a
  // locale that is no longer offered falls back to the page's language).
  const [user] = await getDb().select({ role: users.role, preferredLocale: users.preferredLocale }).from(users).where(eq(users.email, email));
  const locale = user && isLocale(user.preferredLocale) ? user.preferredLocale : await getLocale();
  const home = `/${locale}${homePathFor(user?.role ?? "investor")}`;
  return success({ redirectTo: safeNextPath(next) ?? home });
}

/**
 * The password of a staff member or admin was right: no session yet, only a
 * 5-minute ticket cookie, and the way to the code (or, the first time, to
 * setting up the authenticator).
 */
async function startSecondFactor(email: string, next: string | undefined): Promise<ActionResult<{ redirectTo: string }>> {
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user) return failure("invalidCredentials");
  if (!user.totpEnrolledAt) await ensureEnrolmentSecret(db, user);
  await setPendingCookie(issuePendingToken(user));
  const safeNext = safeNextPath(next);
  const query = safeNext ? `?next=${encodeURIComponent(safeNext)}` : "";
  return success({ redirectTo: `/${await getLocale()}/sign-in/${user.totpEnrolledAt ? "verify" : "enrol"}${query}` });
}

export async function forgotPasswordAction(values: unknown): Promise<ActionResult> {
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const ip = await clientAddress();
  const [account, address] = await Promise.all([throttle(db, RULES.resetAccount, parsed.data.email, { ip }), throttle(db, RULES.resetAddress, ip, { ip })]);
  // Throttled or not, known or not: the same answer (the e-mail simply is not sent again).
  if (account.allowed && address.allowed) await requestPasswordReset(db, parsed.data.email, ip);
  else if (!address.allowed) return failure("throttled", { retryAfterSeconds: address.retryAfterSeconds });
  return success(null);
}

export async function resetPasswordAction(values: unknown): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await resetPassword(getDb(), parsed.data.token, parsed.data.password);
  if (outcome === "commonPassword") return failure("invalid", { fieldErrors: { password: "errors.password.common" } });
  if (outcome === "invalidToken") return failure("invalidToken");
  return success(null);
}

export async function verifyEmailAction(values: unknown): Promise<ActionResult> {
  const parsed = z.object({ token: z.string().min(1).max(200) }).strict().safeParse(values);
  if (!parsed.success) return failure("invalidToken");
  const db = getDb();
  const ip = await clientAddress();
  const limit = await throttle(db, RULES.verify, ip, { ip });
  if (!limit.allowed) return failure("throttled", { retryAfterSeconds: limit.retryAfterSeconds });
  return (await verifyEmail(db, parsed.data.token)) ? success(null) : failure("invalidToken");
}
