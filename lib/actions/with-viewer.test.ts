import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { AuthorizationError } from "@/lib/auth/errors";
import { createViewer } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-databases";

// The wrapper outside Next: the session and the database are stood in for.
const state = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as unknown }));
vi.mock("@/lib/auth/session", async () => ({
  AuthorizationError: (await import("@/lib/auth/errors")).AuthorizationError,
  getViewer: async () => state.viewer,
}));
vi.mock("@/db/client", () => ({ getDb: () => state.db }));

const { withViewer, withStaff } = await import("./with-viewer");
const { RULES, throttle } = await import("@/lib/security/rate-limit");


describe("server action wrapper: denials, errors, throttling", () => {
  let t: TestDatabase;
  let investor: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    state.db = t.db;
    investor = await createViewer(t.db, "investor");
  });
  afterAll(async () => t.drop());
  const denials = () => t.db.select().from(auditEvents).where(eq(auditEvents.action, "authz.denied"));

  it("the anonymous and the wrong role get a coded failure, the handler never runs, and each denial is audited", async () => {
    const handler = vi.fn(async () => ({ ok: true as const, data: "secret" }));
    const action = withStaff(handler);
    state.viewer = null;
    expect(await action()).toEqual({ ok: false, code: "unauthenticated" });
    state.viewer = investor;
    expect(await action()).toEqual({ ok: false, code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
    const rows = await denials();
    expect(rows.map((row) => row.detail)).toEqual([
      { code: "unauthenticated", area: "action", required: ["staff", "admin"] },
      { code: "forbidden", area: "action", required: ["staff", "admin"] },
    ]);
    expect(rows[1]!.actorId).toBe(investor.id);
  });

  it("a data-layer AuthorizationError is a denial too; any other error is the generic result with no message", async () => {
    state.viewer = investor;
    expect(await withViewer(async () => Promise.reject(new AuthorizationError("forbidden")))()).toEqual({ ok: false, code: "forbidden" });
    const leaky = withViewer(async () => Promise.reject(new Error('relation "users" does not exist at character 15; DATABASE_URL=postgres://u:p@h/db')));
    const result = await leaky();
    expect(result).toEqual({ ok: false, code: "server" });
    expect(JSON.stringify(result)).not.toMatch(/relation|postgres|stack/);
  });

  it("throttling is audited once per window, when the limit is first exceeded", async () => {
    const rule = { ...RULES.message, name: "test:message", points: 2 };
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await throttle(t.db as never, rule, investor.id, { actorId: investor.id, ip: "203.0.113.7" }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, false, false, false]);
    const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "rate_limit.exceeded"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: investor.id, ip: "203.0.113.7", detail: { rule: "test:message" } });
  });
});
