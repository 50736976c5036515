"use server";

import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { withViewer } from "@/lib/actions/with-viewer";
import { inviteStaff, updateUserAccess, type UserChangeResult } from "@/lib/admin/users";
import { inviteSchema, userAccessSchema } from "@/lib/admin/user-validation";
import { clientAddress } from "@/lib/security/client-address";

// Admin-only actions (withViewer with ["admin"]); lib/admin/users.ts checks the role again.

function outcome(result: UserChangeResult): ActionResult {
  if (result.ok) return success(null);
  if (result.error === "self") return failure("selfChange");
  if (result.error === "email_taken") return failure("invalid", { fieldErrors: { email: "errors.email.taken" } });
  return failure("notFound");
}

export const inviteStaffAction = withViewer(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, locale, role } = parsed.data;
  return outcome(await inviteStaff(getDb(), viewer, { name, email, role, locale, ip: await clientAddress() }));
}, ["admin"]);

export const updateUserAccessAction = withViewer(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = userAccessSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  return outcome(await updateUserAccess(getDb(), viewer, { ...parsed.data, ip: await clientAddress() }));
}, ["admin"]);
