import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { userSessions, users } from "@/db/schema";
import { createViewer } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-databases";
import { INVESTOR_SESSION_SECONDS, STAFF_IDLE_SECONDS, STAFF_SESSION_SECONDS } from "./session-rules";
import { endSession, startSession } from "./user-sessions";

// getViewer outside Next: the request's cookies and the database are stood in for;
// the cookie is sealed exactly as Auth.js's sign-in seals it.
const state = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[], db: null as unknown }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => state.cookies }), headers: async () => new Headers() }));
vi.mock("@/db/client", () => ({ getDb: () => state.db }));

const { getViewer } = await import("./session");

const SECRET = "getviewer-secret-getviewer-secret-0123";
const COOKIE = "authjs.session-token";
const now = () => Math.floor(Date.now() / 1000);

async function useCookie(claims: Record<string, unknown>, options: { secret?: string; name?: string; maxAge?: number } = {}) {
  const name = options.name ?? COOKIE;
  const value = await encode({ token: { sub: String(claims.uid ?? ""), ...claims }, secret: options.secret ?? SECRET, salt: name, maxAge: options.maxAge });
  state.cookies = [{ name, value }];
}

describe("getViewer: the session cookie decrypted once, then checked against the database", () => {
  let t: TestDatabase;
  const saved = { secret: process.env.AUTH_SECRET, appUrl: process.env.APP_URL };
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    state.db = t.db;
    process.env.AUTH_SECRET = SECRET;
    process.env.APP_URL = "http://localhost:3000";
  });
  afterEach(() => {
    state.cookies = [];
    process.env.APP_URL = "http://localhost:3000";
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = saved.secret;
    process.env.APP_URL = saved.appUrl;
    await t.drop();
  });

  const sessionOf = (userId: string) => startSession(t.db, userId, now(), INVESTOR_SESSION_SECONDS);

  it("a valid investor cookie gives the viewer as the database has it", async () => {
    const investor = await createViewer(t.db, "investor", "Valid Investor");
    const sid = await sessionOf(investor.id);
    await useCookie({ uid: investor.id, sv: 1, authAt: now() - 6 * 86400, mfa: false, sid });
    expect(await getViewer()).toEqual({ ...investor, sessionId: sid });
  });

  it("an investor cookie is anonymous once its session record is gone (sign-out), or without one", async () => {
    const investor = await createViewer(t.db, "investor");
    const sid = await sessionOf(investor.id);
    await useCookie({ uid: investor.id, sv: 1, authAt: now(), mfa: false, sid });
    expect((await getViewer())?.id).toBe(investor.id);
    await endSession(t.db, sid);
    expect(await getViewer()).toBeNull();
    await useCookie({ uid: investor.id, sv: 1, authAt: now(), mfa: false }); // a token from before every session had a record
    expect(await getViewer()).toBeNull();
  });

  it("missing, tampered, expired or foreign-secret cookies are anonymous", async () => {
    const investor = await createViewer(t.db, "investor");
    const claims = { uid: investor.id, sv: 1, authAt: now(), mfa: false, sid: await sessionOf(investor.id) };
    state.cookies = [];
    expect(await getViewer()).toBeNull();
    await useCookie(claims);
    state.cookies = [{ name: COOKIE, value: `${state.cookies[0]!.value.slice(0, -3)}AAA` }];
    expect(await getViewer()).toBeNull();
    await useCookie(claims, { maxAge: -120 });
    expect(await getViewer()).toBeNull();
    await useCookie(claims, { secret: "another-secret-another-secret-0123456789" });
    expect(await getViewer()).toBeNull();
  });

  it("behind https only __Secure-authjs.session-token counts", async () => {
    const investor = await createViewer(t.db, "investor");
    const claims = { uid: investor.id, sv: 1, authAt: now(), mfa: false, sid: await sessionOf(investor.id) };
    process.env.APP_URL = "https://lotus.example";
    await useCookie(claims);
    expect(await getViewer()).toBeNull();
    await useCookie(claims, { name: "__Secure-authjs.session-token" });
    expect((await getViewer())?.id).toBe(investor.id);
  });

  it("no session lives longer than 7 days from sign-in, even with a re-issued cookie (fresh exp)", async () => {
    const investor = await createViewer(t.db, "investor");
    const sid = await sessionOf(investor.id);
    await useCookie({ uid: investor.id, sv: 1, authAt: now() - INVESTOR_SESSION_SECONDS + 60, mfa: false, sid });
    expect((await getViewer())?.id).toBe(investor.id);
    await useCookie({ uid: investor.id, sv: 1, authAt: now() - INVESTOR_SESSION_SECONDS - 60, mfa: false, sid });
    expect(await getViewer()).toBeNull();
    await useCookie({ uid: investor.id, sv: 1, mfa: false }); // no sign-in time at all
    expect(await getViewer()).toBeNull();
  });

  it("the database decides: bumped session version, disabled account, unknown user", async () => {
    const investor = await createViewer(t.db, "investor");
    await useCookie({ uid: investor.id, sv: 1, authAt: now(), mfa: false, sid: await sessionOf(investor.id) });
    expect((await getViewer())?.id).toBe(investor.id);
    await t.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, investor.id));
    expect(await getViewer()).toBeNull();
    await t.db.update(users).set({ sessionVersion: 1, status: "disabled" }).where(eq(users.id, investor.id));
    expect(await getViewer()).toBeNull();
    await useCookie({ uid: "00000000-0000-4000-8000-000000000000", sv: 1, authAt: now(), mfa: false });
    expect(await getViewer()).toBeNull();
    await useCookie({ uid: "not-a-uuid", sv: 1, authAt: now(), mfa: false });
    expect(await getViewer()).toBeNull();
  });

  it("staff: second factor, a live session record (sid), 8 hours from sign-in, 30 idle minutes", async () => {
    const staff = await createViewer(t.db, "staff", "Session Staff");
    const sid = await startSession(t.db, staff.id, now(), STAFF_SESSION_SECONDS);
    const claims = { uid: staff.id, sv: 1, authAt: now(), mfa: true };
    await useCookie({ ...claims, sid });
    expect(await getViewer()).toEqual({ ...staff, sessionId: sid });
    await useCookie(claims); // no sid
    expect(await getViewer()).toBeNull();
    await useCookie({ ...claims, sid, mfa: false });
    expect(await getViewer()).toBeNull();
    await useCookie({ ...claims, sid, authAt: now() - STAFF_SESSION_SECONDS - 1 });
    expect(await getViewer()).toBeNull();
    const other = await createViewer(t.db, "staff");
    await useCookie({ ...claims, uid: other.id, sid }); // another user's session record
    expect(await getViewer()).toBeNull();
    // Idle: the recorded last request is 31 minutes ago.
    await t.db.update(userSessions).set({ lastSeenAt: new Date((now() - STAFF_IDLE_SECONDS - 60) * 1000) }).where(eq(userSessions.id, sid));
    await useCookie({ ...claims, sid });
    expect(await getViewer()).toBeNull();
    // Activity is recorded on a valid request (at most once a minute).
    await t.db.update(userSessions).set({ lastSeenAt: new Date((now() - 5 * 60) * 1000) }).where(eq(userSessions.id, sid));
    expect(await getViewer()).toEqual({ ...staff, sessionId: sid });
    const [row] = await t.db.select().from(userSessions).where(eq(userSessions.id, sid));
    expect(Math.abs(row!.lastSeenAt.getTime() / 1000 - now())).toBeLessThan(5);
  });
});
