import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Keys derived from AUTH_SECRET with HKDF-SHA256, one per purpose, so the
 * session secret itself never encrypts or signs anything else. Pure (no
 * server-only import): the e2e helpers store TOTP secrets the same way.
 * Rotating AUTH_SECRET makes stored TOTP secrets unreadable: staff then
 * enrol again (documented in SECURITY.md).
 */
export type KeyPurpose = "totp-secret" | "pending-second-factor";

export function deriveKey(authSecret: string, purpose: KeyPurpose): Buffer {
  if (!authSecret || authSecret.length < 32) throw new Error("AUTH_SECRET must be set (at least 32 characters)");
  return Buffer.from(hkdfSync("sha256", authSecret, "lotus-sez-portal", `${purpose} v1`, 32));
}

/**
 * AES-256-GCM; the user id is bound in as associated data, so a ciphertext
 * copied onto another user's row does not decrypt. Format: v1.<iv>.<tag>.<ciphertext>.
 */
export function encryptSecret(authSecret: string, plaintext: Buffer, associated: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(authSecret, "totp-secret"), iv);
  cipher.setAAD(Buffer.from(associated, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plaintext, or null when the value was tampered with, belongs to someone else or the key changed. */
export function decryptSecret(authSecret: string, stored: string, associated: string): Buffer | null {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(authSecret, "totp-secret"), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(associated, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
  } catch {
    return null;
  }
}

export interface PendingSecondFactor {
  userId: string;
  sessionVersion: number;
  expiresAt: number;
}

/** A signed "password checked, second factor still to come" ticket (HMAC-SHA256). */
export function signPending(authSecret: string, pending: PendingSecondFactor): string {
  const payload = Buffer.from(JSON.stringify({ u: pending.userId, v: pending.sessionVersion, e: pending.expiresAt })).toString("base64url");
  const mac = createHmac("sha256", deriveKey(authSecret, "pending-second-factor")).update(payload).digest("base64url");
  return `${payload}.${mac}`;
}

export function verifyPending(authSecret: string, token: string, nowSeconds: number): PendingSecondFactor | null {
  if (token.length > 400) return null;
  const [payload, mac] = token.split(".");
  if (!payload || !mac) return null;
  const expected = createHmac("sha256", deriveKey(authSecret, "pending-second-factor")).update(payload).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown; v?: unknown; e?: unknown };
    if (typeof data.u !== "string" || typeof data.v !== "number" || typeof data.e !== "number") return null;
    if (data.e < nowSeconds) return null;
    return { userId: data.u, sessionVersion: data.v, expiresAt: data.e };
  } catch {
    return null;
  }
}
