"use server";

import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { signIn } from "@/lib/auth/config";
import { clearPendingCookie, readPendingCookie } from "@/lib/auth/pending-cookie";
import { issueRecoveryCodes } from "@/lib/auth/recovery-codes";
import { homePathFor } from "@/lib/auth/roles";
import { pendingUser } from "@/lib/auth/second-factor";
import { safeNextPath } from "@/lib/auth/redirect-target";
import { secondFactorSchema } from "@/lib/auth/validation";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { peek, RULES } from "@/lib/security/rate-limit";

export type SecondFactorOutcome = { redirectTo: string; recoveryCodes?: string[] };

/**
 * Second step of a staff sign-in: the pending ticket (HttpOnly cookie) and a
 * TOTP or recovery code become an Auth.js session with `mfa: true`. The first
 * accepted code of a new authenticator completes its enrolment; the ten
 * recovery codes are then returned once, to be shown once.
 */
export async function secondFactorAction(values: unknown): Promise<ActionResult<SecondFactorOutcome>> {
  const parsed = secondFactorSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const pendingToken = await readPendingCookie();
  const user = await pendingUser(db, pendingToken);
  if (!user || !pendingToken) return failure("secondFactorExpired");
  try {
    await signIn("credentials", { pendingToken, code: parsed.data.code, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === "throttled") {
        const [account, address] = await Promise.all([peek(db, RULES.secondFactorAccount, user.id), peek(db, RULES.secondFactorAddress, await clientAddress())]);
        return failure("throttled", { retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) });
      }
      return failure("invalidCode", { fieldErrors: { code: "errors.code.wrong" } });
    }
    logger.error({ event: "auth.second_factor_error", err: error instanceof Error ? error.message : String(error) });
    return failure("server");
  }
  await clearPendingCookie();
  const redirectTo = safeNextPath(parsed.data.next) ?? `/${await getLocale()}${homePathFor(user.role)}`;
  if (user.totpEnrolledAt) return success({ redirectTo });
  return success({ redirectTo, recoveryCodes: await issueRecoveryCodes(db, user.id) });
}
