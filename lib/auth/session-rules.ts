import type { UserRole } from "@/db/schema";

/**
 * Pure: is a token still good for this user? The session version must match
 * (sign-out everywhere, password reset and role changes bump it), the account
 * must be active, staff and admin tokens must record a checked second factor,
 * and staff sessions end 8 hours after sign-in whatever the cookie says
 * (investors: the cookie's own 7-day maximum).
 */
export function isSessionValid(
  user: { role: UserRole; status: "active" | "disabled"; sessionVersion: number },
  token: { sv: number; authAt: number; mfa: boolean },
  nowSeconds: number,
  staffMaxSeconds: number,
): boolean {
  if (user.status !== "active") return false;
  if (token.sv !== user.sessionVersion) return false;
  if (user.role !== "investor" && token.mfa !== true) return false;
  if (user.role !== "investor" && nowSeconds - token.authAt > staffMaxSeconds) return false;
  return true;
}
