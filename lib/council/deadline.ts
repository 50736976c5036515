// The decision time the sources cite for the current procedure (lotus-sez-facts.md,
// "Becoming a resident"): 40 days. A 15-day fast track has been proposed but is
// unverified, so it is only ever shown as such, never used for a date.
// Pure and browser-safe.

export const DECISION_DAYS = 40;
export const PROPOSED_FAST_TRACK_DAYS = 15;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day the decision is due: the submission plus 40 calendar days. */
export function expectedDecisionDate(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + DECISION_DAYS * DAY_MS);
}

/**
 * Whole calendar days (UTC) from today to the due date: 0 on the day itself,
 * negative once overdue.
 */
export function daysLeft(submittedAt: Date, now: Date = new Date()): number {
  const due = expectedDecisionDate(submittedAt);
  const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS);
  return dayOf(due) - dayOf(now);
}

export function isOverdue(submittedAt: Date, now: Date = new Date()): boolean {
  return daysLeft(submittedAt, now) < 0;
}
