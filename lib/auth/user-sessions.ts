import "server-only";
import { and, eq, lt, ne } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/types";
import { activityIsStale } from "./session-rules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toDate = (seconds: number) => new Date(seconds * 1000);

/**
 * The server-side record of every session, investors' and staff's alike
 * (db/schema/accounts.ts `user_sessions`). The JWT names its row (`sid`);
 * lib/auth/viewer.ts accepts a cookie only while that row exists, so deleting
 * rows ends sessions on every instance at the next request.
 */

/**
 * Starts the record at sign-in and returns its id. Rows of the same user idle
 * longer than `forgetAfterSeconds` are removed on the way (they can never be
 * valid again).
 */
export async function startSession(db: DbOrTx, userId: string, nowSeconds: number, forgetAfterSeconds: number): Promise<string> {
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.lastSeenAt, toDate(nowSeconds - forgetAfterSeconds))));
  const [row] = await db.insert(userSessions).values({ userId, lastSeenAt: toDate(nowSeconds) }).returning({ id: userSessions.id });
  return row!.id;
}

/** The session's last recorded request (epoch seconds), or null if there is no such session for this user. */
export async function sessionLastSeen(db: DbOrTx, sid: string, userId: string): Promise<number | null> {
  if (!UUID.test(sid)) return null;
  const [row] = await db
    .select({ lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, sid), eq(userSessions.userId, userId)))
    .limit(1);
  return row ? Math.floor(row.lastSeenAt.getTime() / 1000) : null;
}

/**
 * Records activity on a still-valid session, at most once a minute
 * (`lastSeenAt` as just read). The WHERE clause never moves the time backwards.
 */
export async function recordSessionActivity(db: DbOrTx, sid: string, lastSeenAt: number, nowSeconds: number): Promise<void> {
  if (!activityIsStale(lastSeenAt, nowSeconds)) return;
  await db
    .update(userSessions)
    .set({ lastSeenAt: toDate(nowSeconds) })
    .where(and(eq(userSessions.id, sid), lt(userSessions.lastSeenAt, toDate(nowSeconds))));
}

/** Sign-out: the session cannot be revived even by a copy of the cookie. */
export async function endSession(db: DbOrTx, sid: string): Promise<void> {
  if (!UUID.test(sid)) return;
  await db.delete(userSessions).where(eq(userSessions.id, sid));
}

/** Ends every session of the user except `keepSid` (the one making the request); returns how many ended. */
export async function endOtherSessions(db: DbOrTx, userId: string, keepSid: string): Promise<number> {
  const condition = UUID.test(keepSid) ? and(eq(userSessions.userId, userId), ne(userSessions.id, keepSid)) : eq(userSessions.userId, userId);
  const ended = await db.delete(userSessions).where(condition).returning({ id: userSessions.id });
  return ended.length;
}

/** Ends every session of the user (password reset, account disabled). */
export async function endEverySession(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.userId, userId));
}
