import { describe, expect, it } from "vitest";
import { assertCouncil, assertStaff, homePathFor, isCouncil, isInternal, isStaff, workAreaFor } from "./roles";
import { isSessionValid } from "./session-rules";

describe("roles", () => {
  it("staff means staff and admins; the council is neither staff nor investor", () => {
    expect(["investor", "staff", "admin", "council"].map((role) => isStaff({ role: role as never }))).toEqual([false, true, true, false]);
    expect(isCouncil({ role: "council" })).toBe(true);
    expect(isCouncil({ role: "admin" })).toBe(false);
    expect(isInternal({ role: "council" })).toBe(true);
    expect(isInternal({ role: "investor" })).toBe(false);
    expect(() => assertStaff({ role: "council" })).toThrow("forbidden");
    expect(() => assertCouncil({ role: "staff" })).toThrow("forbidden");
    expect(() => assertStaff(null)).toThrow("unauthenticated");
  });

  it("sends each role to its own area", () => {
    expect(homePathFor("investor")).toBe("/account");
    expect(homePathFor("staff")).toBe("/admin");
    expect(homePathFor("admin")).toBe("/admin");
    expect(homePathFor("council")).toBe("/council");
    expect(workAreaFor({ role: "council" })).toBe("council");
    expect(workAreaFor({ role: "investor" })).toBeNull();
  });

  it("a council session without the second factor is not valid, as for staff", () => {
    const limits = { staffMaxSeconds: 8 * 3600, staffIdleSeconds: 1800 };
    const user = { role: "council" as const, status: "active" as const, sessionVersion: 1 };
    expect(isSessionValid(user, { sv: 1, authAt: 1000, mfa: false, lastSeenAt: 1000 }, 1100, limits)).toBe(false);
    expect(isSessionValid(user, { sv: 1, authAt: 1000, mfa: true, lastSeenAt: 1000 }, 1100, limits)).toBe(true);
  });
});
