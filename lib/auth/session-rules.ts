import type { UserRole } from "@/db/schema";
import { isInternal } from "./roles";

/** Investor sessions: the session cookie's own lifetime (Auth.js session.maxAge), fixed at sign-in. */
export const INVESTOR_SESSION_SECONDS = 7 * 24 * 60 * 60;
/** Staff and admin sessions end this long after sign-in, whatever the cookie says. */
export const STAFF_SESSION_SECONDS = 8 * 60 * 60;
/** Staff and admin sessions end after this long without a request (ASVS V7.3.1). */
export const STAFF_IDLE_SECONDS = 30 * 60;
/** The recorded last activity is written at most this often (one UPDATE a minute per session). */
export const ACTIVITY_WRITE_SECONDS = 60;

export interface SessionLimits {
  /** Absolute limit for staff and admin, counted from sign-in. */
  staffMaxSeconds: number;
  /** Idle limit for staff and admin, counted from the last recorded request. */
  staffIdleSeconds: number;
}

/**
 * Pure: is a token still good for this user? The session version must match
 * (password reset and role changes bump it), the account must be active, and
 * the session's server-side record must still exist: `lastSeenAt` is its last
 * recorded request, null when there is none (signed out, ended from another
 * device or by a password change, or a token from before every session had a
 * record). Staff and admin tokens must also record a checked second factor,
 * and their sessions end 8 hours after sign-in or 30 minutes after their last
 * request, whatever the cookie says. Investors: the cookie's own 7-day
 * maximum, no idle limit.
 */
export function isSessionValid(
  user: { role: UserRole; status: "active" | "disabled"; sessionVersion: number },
  token: { sv: number; authAt: number; mfa: boolean; lastSeenAt?: number | null },
  nowSeconds: number,
  limits: SessionLimits,
): boolean {
  if (user.status !== "active") return false;
  if (token.sv !== user.sessionVersion) return false;
  if (token.lastSeenAt == null) return false;
  if (!isInternal(user)) return true;
  if (token.mfa !== true) return false;
  if (nowSeconds - token.authAt > limits.staffMaxSeconds) return false;
  return nowSeconds - token.lastSeenAt <= limits.staffIdleSeconds;
}

/** Pure: should this request move the recorded last activity forward? */
export function activityIsStale(lastSeenAt: number, nowSeconds: number): boolean {
  return nowSeconds - lastSeenAt >= ACTIVITY_WRITE_SECONDS;
}
