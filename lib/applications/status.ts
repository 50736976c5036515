/**
 * The residency application workflow: one explicit state machine, pure and
 * browser-safe. Every status change in the data layer asks `canTransition`
 * first; the staff and investor screens use `nextStatuses` to offer only
 * what is allowed.
 *
 *   draft → submitted → screening → info_requested ⇄ resubmitted → expert_review → approved | rejected
 *   withdrawn: by the applicant, any time before a decision.
 */
import type { ApplicationStatus } from "./enums";

export { APPLICATION_STATUSES, type ApplicationStatus } from "./enums";

export type Actor = "applicant" | "staff";

export const DECIDED: readonly ApplicationStatus[] = ["approved", "rejected"];
export const TERMINAL: readonly ApplicationStatus[] = ["approved", "rejected", "withdrawn"];
/** Statuses in which staff have work to do (the queue's default view). */
export const OPEN_FOR_STAFF: readonly ApplicationStatus[] = ["submitted", "screening", "resubmitted", "expert_review"];

interface Edge {
  to: ApplicationStatus;
  by: Actor;
  /** A reason the applicant sees is required. */
  reasonRequired: boolean;
}

const staff = (to: ApplicationStatus, reasonRequired = false): Edge => ({ to, by: "staff", reasonRequired });
const applicant = (to: ApplicationStatus): Edge => ({ to, by: "applicant", reasonRequired: false });

const EDGES: Record<ApplicationStatus, Edge[]> = {
  draft: [applicant("submitted")],
  submitted: [staff("screening"), applicant("withdrawn")],
  screening: [staff("info_requested", true), staff("expert_review"), staff("rejected", true), applicant("withdrawn")],
  info_requested: [applicant("resubmitted"), staff("rejected", true), applicant("withdrawn")],
  resubmitted: [staff("info_requested", true), staff("expert_review"), staff("rejected", true), applicant("withdrawn")],
  expert_review: [staff("approved"), staff("rejected", true), staff("info_requested", true), applicant("withdrawn")],
  approved: [],
  rejected: [],
  withdrawn: [],
};

export type TransitionCheck = { ok: true; reasonRequired: boolean } | { ok: false; error: "illegal_transition" | "reason_required" };

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, by: Actor, reason?: string | null): TransitionCheck {
  const edge = EDGES[from].find((candidate) => candidate.to === to && candidate.by === by);
  if (!edge) return { ok: false, error: "illegal_transition" };
  if (edge.reasonRequired && !reason?.trim()) return { ok: false, error: "reason_required" };
  return { ok: true, reasonRequired: edge.reasonRequired };
}

export function nextStatuses(from: ApplicationStatus, by: Actor): Array<{ to: ApplicationStatus; reasonRequired: boolean }> {
  return EDGES[from].filter((edge) => edge.by === by).map(({ to, reasonRequired }) => ({ to, reasonRequired }));
}

export function isDecided(status: ApplicationStatus): boolean {
  return DECIDED.includes(status);
}

/** The applicant may edit the whole form only as a draft, and flagged fields only when information is requested. */
export function applicantCanEdit(status: ApplicationStatus): "all" | "flagged" | "none" {
  if (status === "draft") return "all";
  if (status === "info_requested") return "flagged";
  return "none";
}
