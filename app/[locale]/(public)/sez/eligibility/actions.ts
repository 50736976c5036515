"use server";

import type { CheckState } from "@/lib/sez/check-state";
import { runCheck } from "@/lib/sez/check-state";
import { checkEligibility, type EligibilityResult } from "@/lib/sez/eligibility";
import { eligibilitySchema, parseEligibilityFormData } from "@/lib/sez/eligibility-schema";

/** The eligibility check on the server: same schema, same pure rule; nothing is stored. */
export async function eligibilityAction(_state: CheckState<EligibilityResult>, formData: FormData): Promise<CheckState<EligibilityResult>> {
  return runCheck(formData, Object.keys(eligibilitySchema.shape), parseEligibilityFormData, checkEligibility);
}
