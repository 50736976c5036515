"use server";

import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { withStaff } from "@/lib/actions/with-viewer";
import { postMessage } from "@/lib/applications/messages";
import { addNote, assignApplication } from "@/lib/applications/review";
import { assignSchema, messageSchema, noteSchema, transitionSchema } from "@/lib/applications/review-validation";
import { transitionApplication } from "@/lib/applications/transition";
import { recordCouncilDecision } from "@/lib/council/decision";
import { decisionSchema } from "@/lib/council/validation";
import { clientAddress } from "@/lib/security/client-address";

// Thin actions: parse with the shared schema, then the data layer (which
// checks the role again and writes audit rows). Each is a public POST
// endpoint: withStaff refuses investors and the anonymous first.

export const transitionAction = withStaff(async (viewer, values: unknown): Promise<ActionResult<{ version: number }>> => {
  const parsed = transitionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, to, expectedVersion, reason, requestedItems } = parsed.data;
  const result = await transitionApplication(getDb(), viewer, { applicationId, to, expectedVersion, reason, requestedItems, ip: await clientAddress() });
  if (result.ok) return success({ version: result.application.version });
  switch (result.error) {
    case "reason_required":
      return failure("invalid", { fieldErrors: { reason: "errors.reason.required" } });
    case "items_required":
      return failure("invalid", { fieldErrors: { requestedItems: "errors.requestedItems.required" } });
    case "conflict":
      return failure("conflict");
    case "illegal_transition":
      return failure("illegalTransition");
    default:
      return failure("notFound");
  }
});

export const assignAction = withStaff(async (viewer, values: unknown): Promise<ActionResult<{ version: number }>> => {
  const parsed = assignSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, reviewerId, expectedVersion } = parsed.data;
  const result = await assignApplication(getDb(), viewer, { applicationId, reviewerId: reviewerId || null, expectedVersion, ip: await clientAddress() });
  if (result.ok) return success({ version: result.version });
  return failure(result.error === "conflict" ? "conflict" : result.error === "invalid_reviewer" ? "invalidReviewer" : "notFound");
});

export const addNoteAction = withStaff(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = noteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await addNote(getDb(), viewer, { ...parsed.data, ip: await clientAddress() });
  return result.ok ? success(null) : failure("notFound");
});

export const postMessageAction = withStaff(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = messageSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await postMessage(getDb(), viewer, parsed.data.applicationId, parsed.data.body);
  return result.ok ? success(null) : failure(result.error === "closed" ? "closed" : "notFound");
});

export const recordDecisionAction = withStaff(async (viewer, values: unknown): Promise<ActionResult<null>> => {
  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await recordCouncilDecision(getDb(), viewer, { ...parsed.data, ip: await clientAddress() });
  if (result.ok) return success(null);
  switch (result.error) {
    case "already_decided":
      return failure("alreadyDecided");
    case "conflict":
      return failure("conflict");
    case "reason_required":
      return failure("invalid", { fieldErrors: { reason: "errors.reason.required" } });
    case "items_required":
      return failure("invalid", { fieldErrors: { requestedItems: "errors.requestedItems.required" } });
    case "illegal_transition":
      return failure("illegalTransition");
    default:
      return failure("notFound");
  }
});
