// Closed sets of the residency application and the plain shapes stored in its
// jsonb columns. Import-free (browser-safe, no rules), so db/schema/applications.ts
// builds its pgEnums from the same tuples the forms and the rules use.

/** The workflow's states; the transitions between them live in ./status.ts. */
export const APPLICATION_STATUSES = [
  "draft",
  "submitted",
  "screening",
  "info_requested",
  "resubmitted",
  "expert_review",
  "approved",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const COMPANY_SIZES = ["micro", "small", "medium", "large"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const FINANCING_SOURCES = ["own_funds", "founders", "co_investors", "bank_loan", "mixed"] as const;
export type FinancingSource = (typeof FINANCING_SOURCES)[number];

/** Document slots of the federal application template (lotus-sez-facts.md, "Becoming a resident"). */
export const DOCUMENT_SLOTS = ["state_registration", "tax_registration", "charter", "business_plan", "financing_proof"] as const;
export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number];

/** One field or document a reviewer flags in a request for information. */
export interface RequestedItem {
  /** "company.website", "documents.tax_registration", … */
  field: string;
  comment: string;
}
