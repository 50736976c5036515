import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";
import { base32Decode, base32Encode, generateTotpSecret, hotp, matchTotp, otpauthUri, timeStep, totp } from "./totp";

// RFC 6238 appendix B: the seeds are ASCII digits of 20, 32 and 64 bytes.
const SEED = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const VECTORS: Array<[number, string, string, string]> = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTORS)("time %i gives the RFC's 8-digit codes for SHA-1, SHA-256 and SHA-512", (time, sha1, sha256, sha512) => {
    expect(totp(SEED.sha1, time, 8, "sha1")).toBe(sha1);
    expect(totp(SEED.sha256, time, 8, "sha256")).toBe(sha256);
    expect(totp(SEED.sha512, time, 8, "sha512")).toBe(sha512);
  });

  it("HOTP matches RFC 4226 appendix D", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, counter) => hotp(SEED.sha1, counter))).toEqual(expected);
  });

  it("accepts one step of drift either way, not two", () => {
    const secret = generateTotpSecret();
    const now = 1_800_000_015;
    for (const drift of [-30, 0, 30]) expect(matchTotp(secret, totp(secret, now + drift), now, null)).toBe(timeStep(now + drift));
    for (const drift of [-60, 60]) expect(matchTotp(secret, totp(secret, now + drift), now, null)).toBeNull();
  });

  it("a code works once: its step and every earlier step are refused afterwards", () => {
    const secret = generateTotpSecret();
    const now = 1_800_000_015;
    const code = totp(secret, now);
    const used = matchTotp(secret, code, now, null)!;
    expect(matchTotp(secret, code, now, used)).toBeNull();
    expect(matchTotp(secret, totp(secret, now - 30), now, used)).toBeNull();
    expect(matchTotp(secret, totp(secret, now + 30), now, used)).toBe(used + 1);
  });

  it("refuses anything that is not six digits", () => {
    const secret = generateTotpSecret();
    for (const code of ["", "12345", "1234567", "12345a", " 123456", "１２３４５６"]) expect(matchTotp(secret, code, 0, null)).toBeNull();
  });

  it("base32 round-trips and the otpauth URI carries the secret", () => {
    const secret = generateTotpSecret();
    expect(base32Decode(base32Encode(secret)).equals(secret)).toBe(true);
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI"); // RFC 4648 test vector, unpadded
    const uri = otpauthUri(secret, "olga@lotus.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Lotus%20SEZ:olga%40lotus\.example\?secret=[A-Z2-7]{32}&issuer=Lotus%20SEZ&/);
  });
});

describe("secrets at rest and the pending second-factor ticket", () => {
  const authSecret = "x".repeat(40);
  it("AES-GCM: decrypts for its own user only, and not with another AUTH_SECRET", () => {
    const secret = generateTotpSecret();
    const stored = encryptSecret(authSecret, secret, "user-a");
    expect(stored).not.toContain(base32Encode(secret));
    expect(decryptSecret(authSecret, stored, "user-a")!.equals(secret)).toBe(true);
    expect(decryptSecret(authSecret, stored, "user-b")).toBeNull();
    expect(decryptSecret("y".repeat(40), stored, "user-a")).toBeNull();
    const [version, iv, tag, body] = stored.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(decryptSecret(authSecret, [version, iv, tag, flipped.toString("base64url")].join("."), "user-a")).toBeNull();
  });
});
