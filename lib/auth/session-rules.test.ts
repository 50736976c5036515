import { describe, expect, it } from "vitest";
import { isSessionValid } from "./session-rules";

const now = 1_800_000_000;
const EIGHT_HOURS = 8 * 3600;
const active = { status: "active" as const, sessionVersion: 3 };

describe("session validity", () => {
  it("accepts a current investor token", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 3, authAt: now - 6 * 86400 }, now, EIGHT_HOURS)).toBe(true);
  });
  it("rejects a token after sign-out everywhere, reset or role change (version bumped)", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 2, authAt: now }, now, EIGHT_HOURS)).toBe(false);
  });
  it("rejects a disabled account", () => {
    expect(isSessionValid({ role: "investor", status: "disabled", sessionVersion: 3 }, { sv: 3, authAt: now }, now, EIGHT_HOURS)).toBe(false);
  });
  it("ends staff and admin sessions after 8 hours", () => {
    for (const role of ["staff", "admin"] as const) {
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now - EIGHT_HOURS }, now, EIGHT_HOURS)).toBe(true);
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now - EIGHT_HOURS - 1 }, now, EIGHT_HOURS)).toBe(false);
    }
  });
});
