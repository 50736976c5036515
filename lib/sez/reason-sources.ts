import type { ReasonCode } from "./eligibility";

/**
 * Where each eligibility rule comes from (lotus-sez-facts.md, "Becoming a
 * resident" and "Sectors and residents"), so the result can cite its sources.
 * The declared focus sectors have no source of their own in the fact sheet, so
 * they are cited to the fact sheet itself, which has no URL.
 */
export const ELIGIBILITY_SOURCES = {
  sezlotosInvestor: "https://sezlotos.ru/en/investor/",
  decree156: "https://uni.alabuga.ru/faq",
  russez: "https://eng.russez.ru/becoming_resident/",
  factSheet: null,
} as const satisfies Record<string, string | null>;
export type EligibilitySource = keyof typeof ELIGIBILITY_SOURCES;

export const REASON_SOURCES: Record<ReasonCode, readonly EligibilitySource[]> = {
  min_investment: ["sezlotosInvestor", "decree156"],
  financing_proof: ["decree156"],
  russian_legal_entity: ["russez"],
  local_registration: ["russez"],
  sector_focus: ["factSheet"],
};

/** The distinct sources behind a list of reasons, in a stable order. */
export function sourcesOf(codes: readonly ReasonCode[]): EligibilitySource[] {
  const wanted = new Set(codes.flatMap((code) => REASON_SOURCES[code]));
  return (Object.keys(ELIGIBILITY_SOURCES) as EligibilitySource[]).filter((key) => wanted.has(key));
}
