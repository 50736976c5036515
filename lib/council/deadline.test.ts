import { describe, expect, it } from "vitest";
import { daysLeft, DECISION_DAYS, expectedDecisionDate, isOverdue } from "./deadline";

describe("the 40-day decision time", () => {
  const submitted = new Date("2026-03-01T10:00:00Z");

  it("is due 40 calendar days after submission", () => {
    expect(DECISION_DAYS).toBe(40);
    expect(expectedDecisionDate(submitted).toISOString()).toBe("2026-04-10T10:00:00.000Z");
  });

  it("counts whole days left, zero on the due day and negative after it", () => {
    expect(daysLeft(submitted, new Date("2026-03-01T23:59:00Z"))).toBe(40);
    expect(daysLeft(submitted, new Date("2026-04-09T00:00:00Z"))).toBe(1);
    expect(daysLeft(submitted, new Date("2026-04-10T23:00:00Z"))).toBe(0);
    expect(isOverdue(submitted, new Date("2026-04-10T23:00:00Z"))).toBe(false);
    expect(daysLeft(submitted, new Date("2026-04-13T08:00:00Z"))).toBe(-3);
    expect(isOverdue(submitted, new Date("2026-04-11T00:00:00Z"))).toBe(true);
  });
});
