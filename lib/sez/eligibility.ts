/**
 * Lotus SEZ residency rules, as far as public sources state them. Pure and
 * browser-safe: the public eligibility check and the residency application form
 * both call `checkEligibility` with the output of `eligibilitySchema`.
 *
 * Sources (the project fact sheet lotus-sez-facts.md, "Becoming a resident"):
 * - sezlotos.ru/en/investor/ — minimum investment 120 million RUB over 5 years;
 * - Government Decree No. 156 of 14 Feb 2024 (as cited by uni.alabuga.ru/faq) —
 *   at least 120 million RUB excluding VAT, documented proof of financing (own
 *   funds, founders, co-investors, or a bank's written readiness to lend);
 * - eng.russez.ru/becoming_resident/ — the resident is a Russian legal entity
 *   registered in the SEZ's municipality; a foreign company applies through a
 *   local subsidiary.
 * The share of capital investment is collected but has NO rule: no source gives a
 * threshold, so none is invented here.
 */
import type { EligibilityInput } from "./eligibility-schema";
import type { Sector } from "./enums";

export { FINANCING_PROOF_TYPES, LEGAL_ENTITY_STATUSES, SECTORS, type FinancingProofType, type LegalEntityStatus, type Sector } from "./enums";

/** Minimum committed investment, RUB excluding VAT (Decree No. 156 of 14 Feb 2024; sezlotos.ru/en/investor/). */
export const MIN_INVESTMENT_RUB = 120_000_000;
/** Period over which the minimum is invested (sezlotos.ru/en/investor/). */
export const MIN_INVESTMENT_PERIOD_YEARS = 5;

/** Declared focus of the zone (the fact sheet, which names no source for it); no source excludes other sectors. */
export const FOCUS_SECTORS: readonly Sector[] = ["shipbuilding", "machinery", "high_tech_manufacturing"];

/**
 * One stable code per rule, always reported in this order so a page can render a
 * checklist and translate `eligibility.reasons.<code>.ok|notOk`.
 * - min_investment (blocking): at least MIN_INVESTMENT_RUB.
 * - financing_proof (blocking): any documented proof other than "none".
 * - russian_legal_entity (blocking): an entity exists or will be registered.
 * - local_registration (advisory): not ok while the entity is still to be
 *   registered (a foreign company registers a subsidiary in the municipality).
 * - sector_focus (advisory): not ok outside the declared focus.
 */
export const REASON_CODES = [
  "min_investment",
  "financing_proof",
  "russian_legal_entity",
  "local_registration",
  "sector_focus",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type Severity = "blocking" | "advisory";
export type EligibilityReason = { code: ReasonCode; ok: boolean; severity: Severity };
export type EligibilityResult = { eligible: boolean; reasons: EligibilityReason[] };

export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const reasons: EligibilityReason[] = [
    { code: "min_investment", ok: input.investmentRub >= MIN_INVESTMENT_RUB, severity: "blocking" },
    { code: "financing_proof", ok: input.financingProof !== "none", severity: "blocking" },
    { code: "russian_legal_entity", ok: input.legalEntity !== "none", severity: "blocking" },
    { code: "local_registration", ok: input.legalEntity === "exists", severity: "advisory" },
    { code: "sector_focus", ok: FOCUS_SECTORS.includes(input.sector), severity: "advisory" },
  ];
  const eligible = reasons.every((reason) => reason.ok || reason.severity !== "blocking");
  return { eligible, reasons };
}
