"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { withViewer } from "@/lib/actions/with-viewer";
import { startDraft, saveStep } from "@/lib/applications/drafts";
import { saveFlaggedFields } from "@/lib/applications/info-requests";
import { submitApplication } from "@/lib/applications/submit";
import { MESSAGE_MAX, postMessage } from "@/lib/applications/messages";
import { transitionApplication } from "@/lib/applications/transition";
import { stepSchemas, type DataStep } from "@/lib/applications/validation";
import { requireRole } from "@/lib/auth/session";
import { isCountryCode } from "@/lib/geo/countries";
import { clientAddress } from "@/lib/security/client-address";
import { RULES, throttleBoth } from "@/lib/security/rate-limit";

// Public POST endpoints: each parses its arguments and resolves the viewer
// from the database before anything else (withViewer / requireRole).

const uuid = z.uuid();

export async function startApplicationAction(formData: FormData): Promise<void> {
  const viewer = await requireRole("investor");
  const key = uuid.safeParse(formData.get("idempotencyKey"));
  const locale = await getLocale();
  if (!key.success) redirect(`/${locale}/apply`);
  const country = formData.get("country");
  const draft = await startDraft(getDb(), viewer, key.data, isCountryCode(country) ? country : undefined);
  redirect(`/${locale}/applications/${draft.id}/edit/${draft.lastStep}`);
}

const saveInput = z.object({ applicationId: uuid, step: z.enum(["company", "project", "investment", "contact"]), data: z.record(z.string(), z.unknown()) }).strict();

export const saveStepAction = withViewer(async (viewer, input: unknown): Promise<ActionResult<{ nextStep: string }>> => {
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) return failure("invalid");
  const { applicationId, step, data } = parsed.data;
  const db = getDb();
  const stepResult = stepSchemas[step as DataStep].safeParse(data);
  const draft = stepResult.success ? await saveStep(db, viewer, applicationId, step, stepResult.data) : null;
  if (draft?.ok) return success({ nextStep: draft.nextStep });
  if (draft && draft.error === "not_found") return failure("notFound");
  // Not a draft (or invalid as a whole): while information is requested only the flagged fields may change.
  const flagged = await saveFlaggedFields(db, viewer, applicationId, step, data);
  if (flagged.ok) return success({ nextStep: "review" });
  if (flagged.error === "invalid") return invalid(flagged.issues);
  if (!stepResult.success) return invalid(stepResult.error);
  return failure(flagged.error === "not_found" ? "notFound" : "locked");
}, ["investor"]);

export const submitApplicationAction = withViewer(async (viewer, input: unknown): Promise<ActionResult<{ reference: string; applicationId: string }>> => {
  const parsed = z.object({ applicationId: uuid }).strict().safeParse(input);
  if (!parsed.success) return failure("invalid");
  const result = await submitApplication(getDb(), viewer, parsed.data.applicationId, await clientAddress());
  if (result.ok) return success({ reference: result.reference, applicationId: result.applicationId });
  if (result.error === "throttled") return failure("throttled", { retryAfterSeconds: result.retryAfterSeconds });
  return failure(result.error === "not_found" ? "notFound" : result.error);
}, ["investor"]);

const transitionInput = z.object({ applicationId: uuid, expectedVersion: z.number().int().positive() }).strict();

async function applicantTransition(viewer: Parameters<typeof transitionApplication>[1], input: unknown, to: "withdrawn" | "resubmitted"): Promise<ActionResult> {
  const parsed = transitionInput.safeParse(input);
  if (!parsed.success) return failure("invalid");
  const result = await transitionApplication(getDb(), viewer, { ...parsed.data, to, ip: await clientAddress() });
  if (result.ok) return success(null);
  return failure(result.error === "not_found" ? "notFound" : result.error === "conflict" ? "conflict" : "locked");
}

export const withdrawApplicationAction = withViewer((viewer, input: unknown) => applicantTransition(viewer, input, "withdrawn"), ["investor"]);
export const resubmitApplicationAction = withViewer((viewer, input: unknown) => applicantTransition(viewer, input, "resubmitted"), ["investor"]);

const messageInput = z
  .object({
    applicationId: uuid,
    body: z.string().trim().min(1, "errors.message.required").max(MESSAGE_MAX, "errors.message.tooLong"),
  })
  .strict();

export const postMessageAction = withViewer(async (viewer, input: unknown): Promise<ActionResult> => {
  const parsed = messageInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const limit = await throttleBoth(db, { account: RULES.message, address: RULES.messageAddress }, { actorId: viewer.id, ip: await clientAddress() });
  if (!limit.allowed) return failure("throttled", { retryAfterSeconds: limit.retryAfterSeconds });
  const result = await postMessage(db, viewer, parsed.data.applicationId, parsed.data.body);
  return result.ok ? success(null) : failure(result.error === "not_found" ? "notFound" : "locked");
});
