import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { endSession, startSession } from "@/lib/auth/user-sessions";
import { createViewer } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-databases";

// GET /api/session outside Next: the request's cookies and the database are
// stood in for; the cookie is sealed exactly as Auth.js's sign-in seals it, and
// the real session check (lib/auth/session.ts) decides.
const state = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[], db: null as unknown }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => state.cookies }), headers: async () => new Headers() }));
vi.mock("@/db/client", () => ({ getDb: () => state.db }));

const { GET } = await import("./route");

const SECRET = "header-session-secret-header-session-0123";
const COOKIE = "authjs.session-token";
const now = () => Math.floor(Date.now() / 1000);

async function sealCookie(claims: Record<string, unknown>, secret = SECRET) {
  const value = await encode({ token: { sub: String(claims.uid ?? ""), ...claims }, secret, salt: COOKIE });
  state.cookies = [{ name: COOKIE, value }];
}

async function ask() {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return response.json();
}

describe("GET /api/session: what the header shows, and nothing more", () => {
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
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = saved.secret;
    process.env.APP_URL = saved.appUrl;
    await t.drop();
  });

  it("no cookie: anonymous, not stored", async () => {
    expect(await ask()).toEqual({ kind: "anonymous" });
  });

  it("an investor: kind and name only (no id, e-mail, role or session data)", async () => {
    const investor = await createViewer(t.db, "investor", "Anna Schmidt");
    const sid = await startSession(t.db, investor.id, now(), 7 * 86400);
    await sealCookie({ uid: investor.id, sv: 1, authAt: now(), mfa: false, sid });
    const body = await ask();
    expect(body).toEqual({ kind: "investor", name: "Anna Schmidt" });
    expect(JSON.stringify(body)).not.toContain(investor.email);
    expect(JSON.stringify(body)).not.toContain(investor.id);
  });

  it("staff and admins: the staff kind (their header offers Admin)", async () => {
    for (const role of ["staff", "admin"] as const) {
      const member = await createViewer(t.db, role, `Reviewer ${role}`);
      const sid = await startSession(t.db, member.id, now(), 8 * 3600);
      await sealCookie({ uid: member.id, sv: 1, authAt: now(), mfa: true, sid });
      expect(await ask()).toEqual({ kind: "staff", name: `Reviewer ${role}` });
    }
  });

  it("a revoked, ended, forged or tampered cookie is anonymous", async () => {
    const investor = await createViewer(t.db, "investor");
    const claims = { uid: investor.id, sv: 1, authAt: now(), mfa: false, sid: await startSession(t.db, investor.id, now(), 7 * 86400) };
    // Sign-out everywhere / password change: the session version moved on.
    await t.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, investor.id));
    await sealCookie(claims);
    expect(await ask()).toEqual({ kind: "anonymous" });
    // Another secret (forged).
    await sealCookie({ ...claims, sv: 2 }, "another-secret-another-secret-0123456789");
    expect(await ask()).toEqual({ kind: "anonymous" });
    // Tampered.
    await sealCookie({ ...claims, sv: 2 });
    state.cookies = [{ name: COOKIE, value: `${state.cookies[0]!.value.slice(0, -4)}AAAA` }];
    expect(await ask()).toEqual({ kind: "anonymous" });
    // An investor's session ended by sign-out, replayed (issue 12.2).
    await endSession(t.db, claims.sid);
    await sealCookie({ ...claims, sv: 2 });
    await t.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, investor.id));
    expect(await ask()).toEqual({ kind: "anonymous" });
    // A staff session ended by sign-out, replayed.
    const staff = await createViewer(t.db, "staff");
    const sid = await startSession(t.db, staff.id, now(), 8 * 3600);
    await endSession(t.db, sid);
    await sealCookie({ uid: staff.id, sv: 1, authAt: now(), mfa: true, sid });
    expect(await ask()).toEqual({ kind: "anonymous" });
  });
});
