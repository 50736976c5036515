// Closed sets of the residency application. Plain constants (browser-safe);
// db/schema/applications.ts builds its pgEnums from the same tuples.
export { FINANCING_PROOF_TYPES, LEGAL_ENTITY_STATUSES, SECTORS } from "../sez/eligibility";

export const COMPANY_SIZES = ["micro", "small", "medium", "large"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const FINANCING_SOURCES = ["own_funds", "founders", "co_investors", "bank_loan", "mixed"] as const;
export type FinancingSource = (typeof FINANCING_SOURCES)[number];

/** Document slots of the federal application template (lotus-sez-facts.md, "Becoming a resident"). */
export const DOCUMENT_SLOTS = ["state_registration", "tax_registration", "charter", "business_plan", "financing_proof"] as const;
export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number];

export const FORM_STEPS = ["company", "project", "investment", "contact", "documents", "review"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
export type DocumentMime = keyof typeof DOCUMENT_TYPES;
