import { describe, expect, it } from "vitest";
import { describeDatabaseError } from "./database-errors";

const url = "postgres://app:secret@db.internal:6543/lotus";

describe("start-up database errors", () => {
  it("names an unreachable server without the password", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const line = describeDatabaseError(new Error("Failed query: select 1", { cause }), url);
    expect(line).toBe("Cannot reach the database server at db.internal:6543/lotus (ECONNREFUSED). Is PostgreSQL running?");
    expect(line).not.toContain("secret");
  });
  it("names a missing database and refused credentials", () => {
    expect(describeDatabaseError(Object.assign(new Error("x"), { code: "3D000" }), url)).toContain("does not exist");
    expect(describeDatabaseError(Object.assign(new Error("x"), { code: "28P01" }), url)).toContain("refused the credentials");
  });
  it("stays on one line", () => {
    expect(describeDatabaseError(new Error("first\nsecond"), url)).not.toContain("\n");
  });
});
