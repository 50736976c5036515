import { describe, expect, it } from "vitest";
import { databaseErrorCodes, isTransientDatabaseError } from "./transient-error";

/** drizzle wraps the driver's error: the code sits on the cause. */
const wrapped = (code: string) => new Error("Failed query: select 1", { cause: Object.assign(new Error("driver"), { code }) });

describe("transient database errors (503, retry) versus the rest (500)", () => {
  // The codes seen in bench/faults/pg-restart.ts across a PostgreSQL restart.
  it.each(["CONNECTION_CLOSED", "ECONNRESET", "ECONNREFUSED", "57P03", "57P01", "CONNECT_TIMEOUT"])("%s is transient", (code) => {
    expect(isTransientDatabaseError(wrapped(code))).toBe(true);
  });

  it("a constraint violation or a plain bug is not", () => {
    expect(isTransientDatabaseError(wrapped("23505"))).toBe(false);
    expect(isTransientDatabaseError(new TypeError("x is undefined"))).toBe(false);
    expect(isTransientDatabaseError(undefined)).toBe(false);
  });

  it("lists the codes along the cause chain for the log", () => {
    expect(databaseErrorCodes(Object.assign(wrapped("57P03"), { code: "OUTER" }))).toEqual(["OUTER", "57P03"]);
  });
});
