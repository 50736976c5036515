import { describe, expect, it } from "vitest";
import { isSessionValid } from "./session-rules";

const now = 1_800_000_000;
const EIGHT_HOURS = 8 * 3600;
const active = { status: "active" as const, sessionVersion: 3 };

describe("session validity", () => {
  it("accepts a current investor token", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 3, authAt: now - 6 * 86400, mfa: false }, now, EIGHT_HOURS)).toBe(true);
  });
  it("rejects a token after sign-out everywhere, reset or role change (version bumped)", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 2, authAt: now, mfa: false }, now, EIGHT_HOURS)).toBe(false);
  });
  it("rejects a disabled account", () => {
    expect(isSessionValid({ role: "investor", status: "disabled", sessionVersion: 3 }, { sv: 3, authAt: now, mfa: false }, now, EIGHT_HOURS)).toBe(false);
  });
  it("ends staff and admin sessions after 8 hours", () => {
    for (const role of ["staff", "admin"] as const) {
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now - EIGHT_HOURS, mfa: true }, now, EIGHT_HOURS)).toBe(true);
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now - EIGHT_HOURS - 1, mfa: true }, now, EIGHT_HOURS)).toBe(false);
    }
  });
  it("refuses staff and admin tokens without a checked second factor (password-only)", () => {
    for (const role of ["staff", "admin"] as const) {
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now, mfa: false }, now, EIGHT_HOURS)).toBe(false);
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now, mfa: true }, now, EIGHT_HOURS)).toBe(true);
    }
  });
});
