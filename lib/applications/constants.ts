// Constants of the residency application form (browser-safe). Its closed sets
// live in the import-free enums modules and are re-exported here for the form.
export { COMPANY_SIZES, DOCUMENT_SLOTS, FINANCING_SOURCES, type CompanySize, type DocumentSlot, type FinancingSource } from "./enums";
export { FINANCING_PROOF_TYPES, LEGAL_ENTITY_STATUSES, SECTORS } from "@/lib/sez/enums";

export const FORM_STEPS = ["company", "project", "investment", "contact", "documents", "review"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
export type DocumentMime = keyof typeof DOCUMENT_TYPES;
