import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userSessions, users } from "@/db/schema";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { isSessionValid, STAFF_IDLE_SECONDS } from "./session-rules";
import { endOtherSessions, endSession, recordSessionActivity, sessionLastSeen, startSession } from "./user-sessions";

const limits = { staffMaxSeconds: 8 * 3600, staffIdleSeconds: STAFF_IDLE_SECONDS };
const MINUTE = 60;

describe.each(engines)("session records on %s", (engine) => {
  let t: TestDatabase;
  let staffId: string;
  let otherId: string;
  const staff = { role: "staff" as const, status: "active" as const, sessionVersion: 1 };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const rows = await t.db
      .insert(users)
      .values([
        { email: "idle@lotus.example", name: "Idle", role: "staff", passwordHash: "x" },
        { email: "other@lotus.example", name: "Other", role: "staff", passwordHash: "x" },
      ])
      .returning();
    staffId = rows[0]!.id;
    otherId = rows[1]!.id;
  });
  afterAll(async () => t.drop());

  /** What getViewer does on each request: read, judge, record. */
  async function request(sid: string, authAt: number, now: number): Promise<boolean> {
    const lastSeenAt = await sessionLastSeen(t.db, sid, staffId);
    const valid = isSessionValid(staff, { sv: 1, authAt, mfa: true, lastSeenAt }, now, limits);
    if (valid && lastSeenAt !== null) await recordSessionActivity(t.db, sid, lastSeenAt, now);
    return valid;
  }

  it("activity every 20 minutes keeps a session alive; 31 idle minutes end it for good", async () => {
    const start = 1_800_000_000;
    const sid = await startSession(t.db, staffId, start, limits.staffMaxSeconds);
    expect(await request(sid, start, start + 20 * MINUTE)).toBe(true);
    expect(await request(sid, start, start + 40 * MINUTE)).toBe(true); // 20 minutes after the last request
    expect(await sessionLastSeen(t.db, sid, staffId)).toBe(start + 40 * MINUTE);
    expect(await request(sid, start, start + 71 * MINUTE)).toBe(false); // 31 minutes idle
    expect(await request(sid, start, start + 72 * MINUTE)).toBe(false); // a refused request records nothing
    expect(await sessionLastSeen(t.db, sid, staffId)).toBe(start + 40 * MINUTE);
  });

  it("writes at most once a minute and never moves the time backwards", async () => {
    const start = 1_800_100_000;
    const sid = await startSession(t.db, staffId, start, limits.staffMaxSeconds);
    await recordSessionActivity(t.db, sid, start, start + 30);
    expect(await sessionLastSeen(t.db, sid, staffId)).toBe(start);
    await recordSessionActivity(t.db, sid, start, start + 90);
    expect(await sessionLastSeen(t.db, sid, staffId)).toBe(start + 90);
    await recordSessionActivity(t.db, sid, start, start + 70); // a slower instance, read earlier
    expect(await sessionLastSeen(t.db, sid, staffId)).toBe(start + 90);
  });

  it("a session id is bound to its user, and sign-out deletes it", async () => {
    const start = 1_800_200_000;
    const sid = await startSession(t.db, staffId, start, limits.staffMaxSeconds);
    expect(await sessionLastSeen(t.db, sid, otherId)).toBeNull();
    expect(await sessionLastSeen(t.db, "not-a-uuid", staffId)).toBeNull();
    await endSession(t.db, sid);
    expect(await sessionLastSeen(t.db, sid, staffId)).toBeNull();
  });

  it("a new sign-in forgets the user's sessions that can never be valid again", async () => {
    const later = 1_900_000_000;
    await startSession(t.db, staffId, later, limits.staffMaxSeconds);
    const left = await t.db.select().from(userSessions).where(eq(userSessions.userId, staffId));
    expect(left).toHaveLength(1);
  });

  it("ending the other sessions keeps the current one, on this user only", async () => {
    const start = 1_900_100_000;
    const here = await startSession(t.db, otherId, start, limits.staffMaxSeconds);
    const laptop = await startSession(t.db, otherId, start, limits.staffMaxSeconds);
    const phone = await startSession(t.db, otherId, start, limits.staffMaxSeconds);
    const someoneElse = await startSession(t.db, staffId, start, limits.staffMaxSeconds);
    expect(await endOtherSessions(t.db, otherId, here)).toBe(2);
    expect(await sessionLastSeen(t.db, here, otherId)).toBe(start);
    expect(await sessionLastSeen(t.db, laptop, otherId)).toBeNull();
    expect(await sessionLastSeen(t.db, phone, otherId)).toBeNull();
    expect(await sessionLastSeen(t.db, someoneElse, staffId)).toBe(start);
    // No current session to keep (a malformed id): every session of the user ends.
    expect(await endOtherSessions(t.db, otherId, "not-a-uuid")).toBe(1);
  });
});
