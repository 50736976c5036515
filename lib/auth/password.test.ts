import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";

describe("password hashing (argon2id)", () => {
  it("stores argon2id and verifies a 100-character passphrase", async () => {
    const passphrase = "the caspian sturgeon swims past astrakhan every spring while lotus flowers open on the volga delta!!";
    expect(passphrase.length).toBeGreaterThanOrEqual(100);
    const hash = await hashPassword(passphrase);
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, passphrase)).toBe(true);
  });

  it("does not truncate: a password differing only after byte 72 does not verify", async () => {
    const prefix = "ß".repeat(40); // 80 bytes of UTF-8, non-ASCII
    const hash = await hashPassword(`${prefix}A`);
    expect(Buffer.byteLength(prefix)).toBeGreaterThan(72);
    expect(await verifyPassword(hash, `${prefix}B`)).toBe(false);
    expect(await verifyPassword(hash, `${prefix}A`)).toBe(true);
  });

  it("answers false, not an exception, for a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });
});

describe("common passwords", () => {
  it.each(["password123", "password1234", "Password2024!", "qwertyuiop123", "aaaaaaaaaaaa", "abababababab"])("refuses %s", (value) => {
    expect(isCommonPassword(value)).toBe(true);
  });
  it.each(["caspian sturgeon lotus harbour", "Weser-Volga 2026 shipyard"])("accepts %s", (value) => {
    expect(isCommonPassword(value)).toBe(false);
  });
});
