import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { AUDIT_CAP, recordCappedAudit } from "./capped";

describe.each(engines)("capped audit rows on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(async () => t.drop());

  const count = async (action: string, ip: string) => (await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.ip, ip)))).length;

  it("a flood of denials from one address writes the cap, one 'suppressed' row, then nothing", async () => {
    for (let i = 0; i < AUDIT_CAP.points * 5; i += 1) await recordCappedAudit(t.db, { action: "authz.denied", ip: "203.0.113.66" });
    expect(await count("authz.denied", "203.0.113.66")).toBe(AUDIT_CAP.points);
    const [suppressed] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "audit.suppressed"), eq(auditEvents.ip, "203.0.113.66")));
    expect(suppressed?.detail).toMatchObject({ action: "authz.denied", cap: AUDIT_CAP.points });
    expect(await count("audit.suppressed", "203.0.113.66")).toBe(1);
  });

  it("another address or another kind of event has its own allowance", async () => {
    await recordCappedAudit(t.db, { action: "authz.denied", ip: "203.0.113.67" });
    await recordCappedAudit(t.db, { action: "auth.sign_in_failed", ip: "203.0.113.66" });
    expect(await count("authz.denied", "203.0.113.67")).toBe(1);
    expect(await count("auth.sign_in_failed", "203.0.113.66")).toBe(1);
  });
});
