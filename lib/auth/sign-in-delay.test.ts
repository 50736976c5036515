import { describe, expect, it } from "vitest";
import { MAX_ACCOUNT_DELAY_SECONDS, MAX_PAIR_DELAY_SECONDS, signInDelaySeconds } from "./sign-in-delay";

describe("sign-in slow-down", () => {
  it("three free failures per account and address, then doubling up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 30].map((n) => signInDelaySeconds(n, 0))).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 16, 16]);
    expect(signInDelaySeconds(1000, 0)).toBe(MAX_PAIR_DELAY_SECONDS);
  });
  it("failures of the account from everywhere only ever add a short wait", () => {
    expect(signInDelaySeconds(0, 9)).toBe(0);
    expect(signInDelaySeconds(0, 10)).toBe(1);
    expect(signInDelaySeconds(0, 1_000_000)).toBe(MAX_ACCOUNT_DELAY_SECONDS);
  });
});
