// Closed sets of the residency rules (public eligibility check and application
// form). Import-free, so the browser, the rules (./eligibility.ts) and
// db/schema/applications.ts (its pgEnums) share them without pulling in rules.

export const FINANCING_PROOF_TYPES = ["own_funds", "founders", "co_investors", "bank_letter", "none"] as const;
export type FinancingProofType = (typeof FINANCING_PROOF_TYPES)[number];

export const LEGAL_ENTITY_STATUSES = ["exists", "will_register_in_municipality", "none"] as const;
export type LegalEntityStatus = (typeof LEGAL_ENTITY_STATUSES)[number];

export const SECTORS = [
  "shipbuilding",
  "machinery",
  "high_tech_manufacturing",
  "agro_food",
  "logistics",
  "chemicals",
  "energy",
  "construction_materials",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];
