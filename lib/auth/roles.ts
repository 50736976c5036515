import type { UserRole } from "@/db/schema";
import { AuthorizationError } from "./errors";

/**
 * Who is who, in one place. Pure and browser-safe: pages, the header, actions
 * and data functions all ask here rather than spelling out role lists.
 *
 * - investor: applies for residency, sees only their own applications.
 * - staff / admin: the SEZ's staff; admins also manage accounts.
 * - council: a member of the regional expert council, who reads applications
 *   staff sent to expert review and gives an opinion; never staff's notes.
 *
 * Everyone but investors signs in with a second factor (lib/auth/second-factor.ts).
 */
export const ROLES = ["investor", "staff", "admin", "council"] as const satisfies readonly UserRole[];
export const STAFF_ROLES = ["staff", "admin"] as const satisfies readonly UserRole[];
/** Roles an admin can invite (nobody registers as one of these). */
export const INVITABLE_ROLES = ["staff", "admin", "council"] as const satisfies readonly UserRole[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

type HasRole = { role: UserRole };

export function isStaff(viewer: HasRole | null | undefined): boolean {
  return viewer != null && (STAFF_ROLES as readonly UserRole[]).includes(viewer.role);
}

export function isAdmin(viewer: HasRole | null | undefined): boolean {
  return viewer?.role === "admin";
}

export function isCouncil(viewer: HasRole | null | undefined): boolean {
  return viewer?.role === "council";
}

/** Staff, admins and council members: accounts that work inside the portal and need a second factor. */
export function isInternal(viewer: HasRole | null | undefined): boolean {
  return viewer != null && viewer.role !== "investor";
}

/** For data functions: the viewer if staff, else an AuthorizationError. */
export function assertStaff<V extends HasRole>(viewer: V | null): asserts viewer is V {
  if (!viewer) throw new AuthorizationError("unauthenticated");
  if (!isStaff(viewer)) throw new AuthorizationError("forbidden");
}

export function assertCouncil<V extends HasRole>(viewer: V | null): asserts viewer is V {
  if (!viewer) throw new AuthorizationError("unauthenticated");
  if (!isCouncil(viewer)) throw new AuthorizationError("forbidden");
}

/** Where a user lands after signing in (path without the locale). */
export function homePathFor(role: UserRole): string {
  if (isStaff({ role })) return "/admin";
  if (role === "council") return "/council";
  return "/account";
}

/** The area link the header shows for this role, or null (investors: none). */
export function workAreaFor(viewer: HasRole | null | undefined): "admin" | "council" | null {
  if (isStaff(viewer)) return "admin";
  if (isCouncil(viewer)) return "council";
  return null;
}
