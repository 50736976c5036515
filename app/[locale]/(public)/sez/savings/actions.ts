"use server";

import type { CheckState } from "@/lib/sez/check-state";
import { runCheck } from "@/lib/sez/check-state";
import { estimateSavings, type SavingsEstimate } from "@/lib/sez/savings";
import { parseSavingsFormData, savingsSchema } from "@/lib/sez/savings-schema";

/** The savings estimate on the server: same schema, same pure arithmetic; nothing is stored. */
export async function savingsAction(_state: CheckState<SavingsEstimate>, formData: FormData): Promise<CheckState<SavingsEstimate>> {
  return runCheck(formData, Object.keys(savingsSchema.shape), parseSavingsFormData, estimateSavings);
}
