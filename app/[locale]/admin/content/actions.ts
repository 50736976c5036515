"use server";

import { revalidateTag } from "next/cache";
import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { withStaff } from "@/lib/actions/with-viewer";
import { CONTENT_TAG, partnerTag } from "@/lib/content/cached";
import { updateMilestone, updatePartner, updateSezFigure, type ContentResult } from "@/lib/content/editing";
import { figureEditSchema, milestoneEditSchema, partnerEditSchema } from "@/lib/content/edit-validation";

// Every public content loader (lib/content/cached.ts) carries the `content`
// tag: expiring it now makes the next visitor of any public page see the edit.
function refreshPublicPages(extraTags: string[] = []): void {
  for (const tag of [CONTENT_TAG, ...extraTags]) revalidateTag(tag, { expire: 0 });
}

function outcome(result: ContentResult): ActionResult {
  if (result.ok) {
    refreshPublicPages(result.slug ? [partnerTag(result.slug)] : []);
    return success(null);
  }
  if (result.error === "no_unit") return failure("invalid", { fieldErrors: { value: "errors.value.noUnit" } });
  if (result.error === "unknown_source") return failure("invalid", { fieldErrors: { sourceId: "errors.source.invalid" } });
  return failure("notFound");
}

export const updatePartnerAction = withStaff(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = partnerEditSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  return outcome(await updatePartner(getDb(), viewer, parsed.data));
});

export const updateMilestoneAction = withStaff(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = milestoneEditSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  return outcome(await updateMilestone(getDb(), viewer, parsed.data));
});

export const updateFigureAction = withStaff(async (viewer, values: unknown): Promise<ActionResult> => {
  const parsed = figureEditSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  return outcome(await updateSezFigure(getDb(), viewer, parsed.data));
});
