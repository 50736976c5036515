"use server";

import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { changePassword, endAllSessions, resendVerification, updateProfile } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth/config";
import { requireUser } from "@/lib/auth/session";
import { changePasswordSchema, profileSchema } from "@/lib/auth/validation";
import { withViewer } from "@/lib/actions/with-viewer";

export const updateProfileAction = withViewer(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  await updateProfile(getDb(), viewer.id, parsed.data);
  return success(null);
});

export const changePasswordAction = withViewer(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await changePassword(getDb(), viewer.id, parsed.data.current, parsed.data.password);
  if (outcome === "wrongCurrent") return failure("invalid", { fieldErrors: { current: "errors.current.wrong" } });
  if (outcome === "commonPassword") return failure("invalid", { fieldErrors: { password: "errors.password.common" } });
  // Other sessions ended with the version bump; this one continues with a fresh token.
  await signIn("credentials", { email: viewer.email, password: parsed.data.password, redirect: false });
  return success(null);
});

export const resendVerificationAction = withViewer(async (viewer): Promise<ActionResult> => {
  await resendVerification(getDb(), viewer.id);
  return success(null);
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: `/${await getLocale()}` });
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await requireUser().catch(() => null);
  if (viewer) await endAllSessions(getDb(), viewer.id);
  await signOut({ redirectTo: `/${await getLocale()}` });
}
