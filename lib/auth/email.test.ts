import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./email";
import { emailField } from "./validation";

describe("e-mail normalisation", () => {
  it("trims, folds case and NFKC look-alikes once", () => {
    expect(normalizeEmail("  ALICE@Example.COM ")).toBe("alice@example.com");
    expect(normalizeEmail("alice＠example.com")).toBe("alice@example.com");
  });
  it("makes ALICE@x.com and alice@x.com the same mailbox", () => {
    expect(emailField.parse("ALICE@x.com ")).toBe(emailField.parse("alice@x.com"));
  });
  it("refuses quoted local parts and garbage", () => {
    expect(emailField.safeParse('"a@evil"@victim.com').success).toBe(false);
    expect(emailField.safeParse("no-at-sign").success).toBe(false);
    expect(emailField.safeParse("a@b.c\r\nBcc: x@y.z").success).toBe(false);
  });
});
