import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { staffSessions } from "@/db/schema";
import type { Database } from "@/db/types";
import { activityIsStale } from "./session-rules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toDate = (seconds: number) => new Date(seconds * 1000);

/**
 * Starts the server-side record of a staff/admin session at sign-in and
 * returns its id (the JWT's `sid`). Rows of the same user idle longer than
 * `forgetAfterSeconds` are removed on the way (they can never be valid again).
 */
export async function startStaffSession(db: Database, userId: string, nowSeconds: number, forgetAfterSeconds: number): Promise<string> {
  await db.delete(staffSessions).where(and(eq(staffSessions.userId, userId), lt(staffSessions.lastSeenAt, toDate(nowSeconds - forgetAfterSeconds))));
  const [row] = await db.insert(staffSessions).values({ userId, lastSeenAt: toDate(nowSeconds) }).returning({ id: staffSessions.id });
  return row!.id;
}

/** The session's last recorded request (epoch seconds), or null if there is no such session for this user. */
export async function staffSessionLastSeen(db: Database, sid: string, userId: string): Promise<number | null> {
  if (!UUID.test(sid)) return null;
  const [row] = await db
    .select({ lastSeenAt: staffSessions.lastSeenAt })
    .from(staffSessions)
    .where(and(eq(staffSessions.id, sid), eq(staffSessions.userId, userId)))
    .limit(1);
  return row ? Math.floor(row.lastSeenAt.getTime() / 1000) : null;
}

/**
 * Records activity on a still-valid session, at most once a minute
 * (`lastSeenAt` as just read). The WHERE clause never moves the time backwards.
 */
export async function recordStaffActivity(db: Database, sid: string, lastSeenAt: number, nowSeconds: number): Promise<void> {
  if (!activityIsStale(lastSeenAt, nowSeconds)) return;
  await db
    .update(staffSessions)
    .set({ lastSeenAt: toDate(nowSeconds) })
    .where(and(eq(staffSessions.id, sid), lt(staffSessions.lastSeenAt, toDate(nowSeconds))));
}

/** Sign-out: the session cannot be revived even by a copy of the cookie. */
export async function endStaffSession(db: Database, sid: string): Promise<void> {
  if (!UUID.test(sid)) return;
  await db.delete(staffSessions).where(eq(staffSessions.id, sid));
}
