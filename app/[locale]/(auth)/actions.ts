"use server";

import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { registerInvestor, requestPasswordReset, resetPassword, verifyEmail } from "@/lib/auth/accounts";
import { SecondFactorRequired, signIn } from "@/lib/auth/config";
import { signInRetryAfter } from "@/lib/auth/credentials";
import { setPendingCookie } from "@/lib/auth/pending-cookie";
import { safeNextPath } from "@/lib/auth/redirect-target";
import { beginSecondFactor, homeAfterSignIn } from "@/lib/auth/sign-in";
import { forgotPasswordSchema, registerSchema, resetPasswordSchema, signInSchema } from "@/lib/auth/validation";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { RULES, throttle } from "@/lib/security/rate-limit";

// Every action here is a public POST endpoint: arguments are parsed with the
// form's schema before anything else happens. The database work is in lib/auth.

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
      if (error.code === "throttled") return failure("throttled", { retryAfterSeconds: await signInRetryAfter(getDb(), await clientAddress()) });
      return failure("invalidCredentials");
    }
    logger.error({ event: "auth.sign_in_error", err: error instanceof Error ? error.message : String(error) });
    return failure("server");
  }
  // A `next` from the request only if it stays on the portal (lib/auth/redirect-target.ts).
  return success({ redirectTo: safeNextPath(next) ?? (await homeAfterSignIn(getDb(), email, await getLocale())) });
}

/**
 * The password of a staff member or admin was right: no session yet, only a
 * 5-minute ticket cookie, and the way to the code (or, the first time, to
 * setting up the authenticator).
 */
async function startSecondFactor(email: string, next: string | undefined): Promise<ActionResult<{ redirectTo: string }>> {
  const pending = await beginSecondFactor(getDb(), email);
  if (!pending) return failure("invalidCredentials");
  await setPendingCookie(pending.ticket);
  const safeNext = safeNextPath(next);
  const query = safeNext ? `?next=${encodeURIComponent(safeNext)}` : "";
  return success({ redirectTo: `/${await getLocale()}/sign-in/${pending.enrolled ? "verify" : "enrol"}${query}` });
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
  const outcome = await resetPassword(getDb(), parsed.data.token, parsed.data.password, await clientAddress());
  if (outcome.ok) return success(null);
  if (outcome.reason === "throttled") return failure("throttled", { retryAfterSeconds: outcome.retryAfterSeconds });
  if (outcome.reason === "commonPassword") return failure("invalid", { fieldErrors: { password: "errors.password.common" } });
  return failure("invalidToken");
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
