import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { decisionSchema, opinionSchema } from "./validation";

const id = "5b0c4bb4-8f55-4c52-9d5a-5a3e3f0f0a01";
const errorsOf = (result: ReturnType<typeof decisionSchema.safeParse> | ReturnType<typeof opinionSchema.safeParse>) => (result.success ? {} : fieldErrorsOf(result.error));

describe("the council's forms", () => {
  it("an opinion needs a recommendation and a reason, and nothing else", () => {
    expect(errorsOf(opinionSchema.safeParse({ applicationId: id, recommendation: "", reason: " " }))).toEqual({
      recommendation: "errors.recommendation.required",
      reason: "errors.opinionReason.required",
    });
    expect(opinionSchema.safeParse({ applicationId: id, recommendation: "approve", reason: "Meets the rules.\nSecond line." }).success).toBe(true);
    expect(errorsOf(opinionSchema.safeParse({ applicationId: id, recommendation: "approve", reason: "ok", memberId: id }))).toEqual({ form: "errors.form.unexpectedFields" });
  });

  it("a decision needs a past meeting date, a reason unless approved, and items when asking for information", () => {
    const base = { applicationId: id, expectedVersion: "3", meetingDate: "2026-02-10", reason: "", requestedItems: [] };
    expect(decisionSchema.safeParse({ ...base, outcome: "approve" }).success).toBe(true);
    expect(errorsOf(decisionSchema.safeParse({ ...base, outcome: "reject" }))).toEqual({ reason: "errors.reason.required" });
    expect(errorsOf(decisionSchema.safeParse({ ...base, outcome: "information", reason: "Send the letter" }))).toEqual({ requestedItems: "errors.requestedItems.required" });
    expect(errorsOf(decisionSchema.safeParse({ ...base, outcome: "approve", meetingDate: "2999-01-01" }))).toEqual({ meetingDate: "errors.meetingDate.future" });
    expect(errorsOf(decisionSchema.safeParse({ ...base, outcome: "approve", meetingDate: "10.02.2026" }))).toEqual({ meetingDate: "errors.meetingDate.invalid" });
    expect(errorsOf(decisionSchema.safeParse({ ...base, outcome: "" }))).toEqual({ outcome: "errors.outcome.required" });
  });
});
