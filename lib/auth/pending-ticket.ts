import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { deriveKey } from "./secret-box";

/**
 * The "password checked, second factor still to come" ticket: a JWT (HS256,
 * jose) signed with its own key derived from AUTH_SECRET (HKDF, purpose
 * "pending-second-factor"), never the session secret itself. It names the
 * user, the session version and a fingerprint of the password hash, so a
 * ticket dies with a password change, a reset or a role change; it lasts
 * five minutes. Pure (no database): lib/auth/second-factor.ts checks the user.
 */
const ALGORITHM = "HS256";
const AUDIENCE = "lotus:second-factor";
const MAX_TICKET_LENGTH = 600;

export interface PendingSecondFactor {
  userId: string;
  sessionVersion: number;
  /** passwordFingerprint() of the password hash at the time of the check. */
  password: string;
  expiresAt: number;
}

/** A short keyed digest of the stored hash: the ticket never carries the hash itself. */
export function passwordFingerprint(authSecret: string, passwordHash: string): string {
  return createHmac("sha256", deriveKey(authSecret, "pending-second-factor")).update(passwordHash).digest("base64url").slice(0, 22);
}

export async function signPending(authSecret: string, pending: PendingSecondFactor, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  return new SignJWT({ sv: pending.sessionVersion, pw: pending.password })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setSubject(pending.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(pending.expiresAt)
    .sign(deriveKey(authSecret, "pending-second-factor"));
}

/** The ticket's content, or null: forged, another key, another algorithm, expired, malformed. */
export async function verifyPending(authSecret: string, token: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<PendingSecondFactor | null> {
  if (token.length > MAX_TICKET_LENGTH) return null;
  try {
    const { payload } = await jwtVerify(token, deriveKey(authSecret, "pending-second-factor"), {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      currentDate: new Date(nowSeconds * 1000),
      requiredClaims: ["sub", "exp"],
    });
    if (typeof payload.sv !== "number" || typeof payload.pw !== "string" || typeof payload.exp !== "number") return null;
    return { userId: payload.sub!, sessionVersion: payload.sv, password: payload.pw, expiresAt: payload.exp };
  } catch {
    return null;
  }
}
