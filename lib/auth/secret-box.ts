import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Keys derived from AUTH_SECRET with HKDF-SHA256, one per purpose, so the
 * session secret itself never encrypts or signs anything else (the pending
 * second-factor ticket: lib/auth/pending-ticket.ts). Pure (no
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
