import { decodeProtectedHeader, SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { passwordFingerprint, signPending, verifyPending } from "./pending-ticket";
import { deriveKey } from "./secret-box";

const secret = "x".repeat(40);
const pending = { userId: "3f0c6f5e-9a43-4d7b-8f3e-2b1f9c0a7d11", sessionVersion: 2, password: passwordFingerprint(secret, "$argon2id$v=19$hash"), expiresAt: 1_800_000_300 };

describe("pending second-factor ticket (jose, HS256 with an HKDF-derived key)", () => {
  it("round-trips and expires", async () => {
    const token = await signPending(secret, pending, 1_800_000_000);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "HS256" });
    expect(await verifyPending(secret, token, 1_800_000_299)).toEqual(pending);
    expect(await verifyPending(secret, token, 1_800_000_301)).toBeNull();
  });

  it("refuses another secret, the raw session secret, alg:none, a changed payload and garbage", async () => {
    const token = await signPending(secret, pending, 1_800_000_000);
    const now = 1_800_000_100;
    expect(await verifyPending("y".repeat(40), token, now)).toBeNull();
    // Signed with AUTH_SECRET itself instead of the derived key.
    const raw = await new SignJWT({ sv: 2, pw: pending.password }).setProtectedHeader({ alg: "HS256" }).setSubject(pending.userId).setAudience("lotus:second-factor").setExpirationTime(pending.expiresAt).sign(new TextEncoder().encode(secret));
    expect(await verifyPending(secret, raw, now)).toBeNull();
    const none = new UnsecuredJWT({ sv: 2, pw: pending.password }).setSubject(pending.userId).setAudience("lotus:second-factor").setExpirationTime(pending.expiresAt).encode();
    expect(await verifyPending(secret, none, now)).toBeNull();
    // Another audience (a token for some other purpose signed with the same key).
    const other = await new SignJWT({ sv: 2, pw: pending.password }).setProtectedHeader({ alg: "HS256" }).setSubject(pending.userId).setAudience("other").setExpirationTime(pending.expiresAt).sign(deriveKey(secret, "pending-second-factor"));
    expect(await verifyPending(secret, other, now)).toBeNull();
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ sub: "someone-else", sv: 2, pw: pending.password, aud: "lotus:second-factor", exp: pending.expiresAt })).toString("base64url");
    expect(await verifyPending(secret, `${header}.${forged}.${signature}`, now)).toBeNull();
    for (const junk of ["", "a.b", "a.b.c", `${token}x`, "x".repeat(10_000)]) expect(await verifyPending(secret, junk, now)).toBeNull();
  });

  it("the password fingerprint changes with the password hash and is not the hash", () => {
    const a = passwordFingerprint(secret, "$argon2id$one");
    expect(a).not.toBe(passwordFingerprint(secret, "$argon2id$two"));
    expect(a).not.toContain("argon2");
  });
});
