import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, canTransition, nextStatuses, TERMINAL, type Actor, type ApplicationStatus } from "./status";

// The allowed edges, written out once more by hand: the test fails if the machine drifts.
const ALLOWED = new Set([
  "draft>submitted:applicant",
  "submitted>screening:staff",
  "submitted>withdrawn:applicant",
  "screening>info_requested:staff",
  "screening>expert_review:staff",
  "screening>rejected:staff",
  "screening>withdrawn:applicant",
  "info_requested>resubmitted:applicant",
  "info_requested>rejected:staff",
  "info_requested>withdrawn:applicant",
  "resubmitted>info_requested:staff",
  "resubmitted>expert_review:staff",
  "resubmitted>rejected:staff",
  "resubmitted>withdrawn:applicant",
  "expert_review>approved:staff",
  "expert_review>rejected:staff",
  "expert_review>info_requested:staff",
  "expert_review>withdrawn:applicant",
]);
const REASON_REQUIRED = new Set(["info_requested", "rejected"]);
const actors: Actor[] = ["applicant", "staff"];

describe("application state machine: every pair, both actors", () => {
  for (const from of APPLICATION_STATUSES) {
    for (const to of APPLICATION_STATUSES) {
      for (const by of actors) {
        const key = `${from}>${to}:${by}`;
        it(`${key} is ${ALLOWED.has(key) ? "allowed" : "refused"}`, () => {
          const withReason = canTransition(from, to, by, "Please attach the tax registration.");
          expect(withReason.ok).toBe(ALLOWED.has(key));
          if (ALLOWED.has(key)) {
            const withoutReason = canTransition(from, to, by, "  ");
            expect(withoutReason.ok).toBe(!REASON_REQUIRED.has(to));
          } else {
            expect(withReason).toEqual({ ok: false, error: "illegal_transition" });
          }
        });
      }
    }
  }

  it("terminal statuses have no way out; a decision cannot be re-opened", () => {
    for (const status of TERMINAL) {
      for (const by of actors) expect(nextStatuses(status as ApplicationStatus, by)).toEqual([]);
    }
  });

  it("submitted cannot skip review to approved", () => {
    expect(canTransition("submitted", "approved", "staff").ok).toBe(false);
  });
});
