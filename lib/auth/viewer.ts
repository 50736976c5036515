import "server-only";
import { eq } from "drizzle-orm";
import { users, type UserRole } from "@/db/schema";
import type { Database } from "@/db/types";
import { INVESTOR_SESSION_SECONDS, isSessionValid, STAFF_IDLE_SECONDS, STAFF_SESSION_SECONDS } from "./session-rules";
import type { SessionClaims } from "./session-token";
import { recordSessionActivity, sessionLastSeen } from "./user-sessions";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  emailVerified: boolean;
  preferredLocale: string;
  /**
   * The id of this session's server-side record (user_sessions), to keep it when
   * ending the others. Absent for viewers made outside a request (tests, scripts).
   */
  sessionId?: string;
}

/**
 * The user behind a decrypted session, or null. Reads the role, account state
 * and session version from the database: a token alone never grants anything.
 * Every session must still have its server-side record (user_sessions), and
 * for staff and admin that record's last request keeps the idle limit: in the
 * database, not in the cookie (Server Components cannot re-issue cookies) nor
 * in process memory.
 * `now` is epoch seconds.
 */
export async function resolveViewer(db: Database, claims: SessionClaims | null, now: number): Promise<Viewer | null> {
  const id = claims?.uid;
  if (!claims || !id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  // No session outlives session.maxAge counted from sign-in. The cookie's own
  // `exp` is fixed at sign-in too, but Auth.js's GET /api/auth/session answers
  // with a re-sealed cookie and a fresh `exp`, which must not extend it.
  if (now - claims.authAt > INVESTOR_SESSION_SECONDS) return null;
  // Only the columns a session check needs (not the password hash or TOTP secret).
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      sessionVersion: users.sessionVersion,
      emailVerifiedAt: users.emailVerifiedAt,
      preferredLocale: users.preferredLocale,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!user) return null;
  const lastSeenAt = await sessionLastSeen(db, claims.sid, user.id);
  const valid = isSessionValid(
    { role: user.role, status: user.status, sessionVersion: user.sessionVersion },
    { sv: claims.sv, authAt: claims.authAt, mfa: claims.mfa, lastSeenAt },
    now,
    { staffMaxSeconds: STAFF_SESSION_SECONDS, staffIdleSeconds: STAFF_IDLE_SECONDS },
  );
  if (!valid) return null;
  if (lastSeenAt !== null) await recordSessionActivity(db, claims.sid, lastSeenAt, now);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    preferredLocale: user.preferredLocale,
    sessionId: claims.sid,
  };
}
