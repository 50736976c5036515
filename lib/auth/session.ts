import "server-only";
import { eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users, type UserRole } from "@/db/schema";
import { getLocale } from "next-intl/server";
import { recordDenial } from "@/lib/audit/denial";
import { auth, STAFF_SESSION_SECONDS } from "./config";
import { AuthorizationError } from "./errors";
import { isSessionValid, STAFF_IDLE_SECONDS } from "./session-rules";
import { recordStaffActivity, staffSessionLastSeen } from "./staff-sessions";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  emailVerified: boolean;
  preferredLocale: string;
}

/**
 * The signed-in user for this request, or null. Reads the role, account state
 * and session version from the database once per request (React cache): a
 * token alone never grants anything.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth().catch(() => null);
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) return null;
  const now = Math.floor(Date.now() / 1000);
  const sid = typeof session.sid === "string" ? session.sid : "";
  // Staff and admin: the idle limit is kept in the database, not in the cookie
  // (Server Components cannot re-issue cookies) nor in process memory.
  const lastSeenAt = user.role === "investor" ? null : await staffSessionLastSeen(db, sid, user.id);
  const valid = isSessionValid(
    { role: user.role, status: user.status, sessionVersion: user.sessionVersion },
    { sv: session.sv, authAt: session.authAt, mfa: session.mfa === true, lastSeenAt },
    now,
    { staffMaxSeconds: STAFF_SESSION_SECONDS, staffIdleSeconds: STAFF_IDLE_SECONDS },
  );
  if (!valid) return null;
  if (lastSeenAt !== null) await recordStaffActivity(db, sid, lastSeenAt, now);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    preferredLocale: user.preferredLocale,
  };
});

export { AuthorizationError };

/** For data functions and actions: the viewer, or an AuthorizationError. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AuthorizationError("unauthenticated");
  return viewer;
}

export async function requireRole(...roles: UserRole[]): Promise<Viewer> {
  const viewer = await requireUser();
  if (!roles.includes(viewer.role)) throw new AuthorizationError("forbidden");
  return viewer;
}

/** For pages and layouts: anonymous → sign-in; wrong role → 404 (no hint that the page exists). */
export async function requirePageViewer(...roles: UserRole[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const locale = await getLocale();
    redirect(`/${locale}/sign-in`);
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    await recordDenial({ code: "forbidden", actorId: viewer.id, area: "page", detail: { required: roles } });
    notFound();
  }
  return viewer;
}
