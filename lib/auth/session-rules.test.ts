import { describe, expect, it } from "vitest";
import { activityIsStale, isSessionValid, STAFF_IDLE_SECONDS } from "./session-rules";

const now = 1_800_000_000;
const EIGHT_HOURS = 8 * 3600;
const limits = { staffMaxSeconds: EIGHT_HOURS, staffIdleSeconds: STAFF_IDLE_SECONDS };
const active = { status: "active" as const, sessionVersion: 3 };
const MINUTE = 60;

describe("session validity", () => {
  it("accepts a current investor token", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 3, authAt: now - 6 * 86400, mfa: false, lastSeenAt: now - 86400 }, now, limits)).toBe(true);
  });
  it("rejects an investor token whose session record is gone (signed out, ended elsewhere)", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 3, authAt: now, mfa: false, lastSeenAt: null }, now, limits)).toBe(false);
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 3, authAt: now, mfa: false }, now, limits)).toBe(false);
  });
  it("rejects a token after sign-out everywhere, reset or role change (version bumped)", () => {
    expect(isSessionValid({ ...active, role: "investor" }, { sv: 2, authAt: now, mfa: false, lastSeenAt: now }, now, limits)).toBe(false);
  });
  it("rejects a disabled account", () => {
    expect(isSessionValid({ role: "investor", status: "disabled", sessionVersion: 3 }, { sv: 3, authAt: now, mfa: false, lastSeenAt: now }, now, limits)).toBe(false);
  });
  it("ends staff and admin sessions after 8 hours", () => {
    for (const role of ["staff", "admin"] as const) {
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now - EIGHT_HOURS, mfa: true, lastSeenAt: now }, now, limits)).toBe(true);
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now - EIGHT_HOURS - 1, mfa: true, lastSeenAt: now }, now, limits)).toBe(false);
    }
  });
  it("refuses staff and admin tokens without a checked second factor (password-only)", () => {
    for (const role of ["staff", "admin"] as const) {
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now, mfa: false, lastSeenAt: now }, now, limits)).toBe(false);
      expect(isSessionValid({ ...active, role }, { sv: 3, authAt: now, mfa: true, lastSeenAt: now }, now, limits)).toBe(true);
    }
  });
  it("ends staff and admin sessions idle for 31 minutes; investors idle for days stay signed in", () => {
    for (const role of ["staff", "admin"] as const) {
      const token = { sv: 3, authAt: now - 2 * 3600, mfa: true };
      expect(isSessionValid({ ...active, role }, { ...token, lastSeenAt: now - 30 * MINUTE }, now, limits)).toBe(true);
      expect(isSessionValid({ ...active, role }, { ...token, lastSeenAt: now - 31 * MINUTE }, now, limits)).toBe(false);
    }
    const investor = { sv: 3, authAt: now - 6 * 86400, mfa: false };
    expect(isSessionValid({ ...active, role: "investor" }, { ...investor, lastSeenAt: now - 31 * MINUTE }, now, limits)).toBe(true);
  });
  it("a staff token with no activity record (ended, or issued before the idle limit) is refused", () => {
    expect(isSessionValid({ ...active, role: "staff" }, { sv: 3, authAt: now, mfa: true, lastSeenAt: null }, now, limits)).toBe(false);
    expect(isSessionValid({ ...active, role: "staff" }, { sv: 3, authAt: now, mfa: true }, now, limits)).toBe(false);
  });
  it("activity is written at most once a minute", () => {
    expect(activityIsStale(now - 59, now)).toBe(false);
    expect(activityIsStale(now - 60, now)).toBe(true);
    expect(activityIsStale(now - 29 * MINUTE, now)).toBe(true);
  });
});
