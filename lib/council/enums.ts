// Import-free: db/schema reads these closed sets for its enums.

/** What a council member recommends, and what the council decides. */
export const COUNCIL_OUTCOMES = ["approve", "reject", "information"] as const;
export type CouncilOutcome = (typeof COUNCIL_OUTCOMES)[number];
