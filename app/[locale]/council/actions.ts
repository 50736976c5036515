"use server";

import { getDb } from "@/db/client";
import { failure, invalid, success, type ActionResult } from "@/lib/actions/result";
import { withViewer } from "@/lib/actions/with-viewer";
import { saveOpinion } from "@/lib/council/opinions";
import { opinionSchema } from "@/lib/council/validation";
import { clientAddress } from "@/lib/security/client-address";

// Council members only (withViewer with ["council"]); lib/council/opinions.ts checks the role again.
export const saveOpinionAction = withViewer(async (viewer, values: unknown): Promise<ActionResult<null>> => {
  const parsed = opinionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await saveOpinion(getDb(), viewer, { ...parsed.data, ip: await clientAddress() });
  return result.ok ? success(null) : failure("alreadyDecided");
}, ["council"]);
