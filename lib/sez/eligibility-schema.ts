import { z } from "zod";
import { FINANCING_PROOF_TYPES, LEGAL_ENTITY_STATUSES, SECTORS } from "./enums";
import { choiceField, formDataObject, percentField, wholeRoublesField } from "./fields";

/**
 * The ONE schema for the eligibility check and the residency form: react-hook-form
 * runs it in the browser (`zodResolver(eligibilitySchema)`), the server action runs
 * it again on FormData. Messages are translation keys (`errors.<field>.<problem>`):
 *
 * - investmentRub  → errors.investment.{required,notANumber,negative,notWhole,tooLarge}
 *   (whole RUB excluding VAT, up to 15 digits; see ./number.ts for accepted formats)
 * - capitalSharePercent → errors.capitalShare.{required,notANumber,outOfRange,tooPrecise}
 *   (0–100, up to 2 decimals; shown to reviewers, no rule applies to it)
 * - financingProof → errors.financingProof.{required,invalid}
 * - legalEntity    → errors.legalEntity.{required,invalid}
 * - sector         → errors.sector.{required,invalid}
 */
export const eligibilitySchema = z.object({
  investmentRub: wholeRoublesField("investment"),
  capitalSharePercent: percentField("capitalShare"),
  financingProof: choiceField("financingProof", FINANCING_PROOF_TYPES),
  legalEntity: choiceField("legalEntity", LEGAL_ENTITY_STATUSES),
  sector: choiceField("sector", SECTORS),
});

/** What the form holds (strings from inputs, or numbers). */
export type EligibilityFormValues = z.input<typeof eligibilitySchema>;
/** What the rules receive. */
export type EligibilityInput = z.output<typeof eligibilitySchema>;

/** Server side: validate a submitted form (FormData values are strings or absent). */
export function parseEligibilityFormData(formData: FormData) {
  return eligibilitySchema.safeParse(formDataObject(formData, Object.keys(eligibilitySchema.shape)));
}
