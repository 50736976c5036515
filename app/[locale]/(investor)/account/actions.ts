"use server";

import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { withViewer } from "@/lib/actions/with-viewer";
import { changePassword, resendVerification, signOutOtherDevices, updateProfile } from "@/lib/auth/accounts";
import { signOut } from "@/lib/auth/config";
import { changePasswordSchema, profileSchema } from "@/lib/auth/validation";
import { clientAddress } from "@/lib/security/client-address";

export const updateProfileAction = withViewer(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  await updateProfile(getDb(), viewer.id, parsed.data);
  return success(null);
});

export const changePasswordAction = withViewer(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const who = { userId: viewer.id, keepSessionId: viewer.sessionId ?? "", ip: await clientAddress() };
  const outcome = await changePassword(getDb(), who, parsed.data.current, parsed.data.password);
  if (outcome.ok) return success(null); // other sessions ended; this one goes on (no new sign-in, no second factor)
  if (outcome.reason === "throttled") return failure("throttled", { retryAfterSeconds: outcome.retryAfterSeconds });
  if (outcome.reason === "wrongCurrent") return failure("invalid", { fieldErrors: { current: "errors.current.wrong" } });
  return failure("invalid", { fieldErrors: { password: "errors.password.common" } });
});

export const resendVerificationAction = withViewer(async (viewer): Promise<ActionResult> => {
  const outcome = await resendVerification(getDb(), viewer.id, await clientAddress());
  return outcome.ok ? success(null) : failure("throttled", { retryAfterSeconds: outcome.retryAfterSeconds });
});

/** Ends this session: its server-side record is deleted (config.ts events.signOut), so a copied cookie is dead too. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: `/${await getLocale()}` });
}

/** "Sign out on all other devices": every other session of the account ends at once; this one stays. */
export const signOutOtherDevicesAction = withViewer(async (viewer): Promise<ActionResult<{ ended: number }>> => {
  const ended = await signOutOtherDevices(getDb(), { userId: viewer.id, keepSessionId: viewer.sessionId ?? "", ip: await clientAddress() });
  return success({ ended });
});
