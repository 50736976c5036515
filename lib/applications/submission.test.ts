import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, auditEvents, emailOutbox, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { sampleSteps } from "@/lib/testing/sample-application";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { saveStep, startDraft } from "./drafts";
import { submitDraft } from "./submit";

const { company, project, investment, contact } = sampleSteps;

describe.each(engines)("submission on %s", (engine) => {
  let t: TestDatabase;
  let viewer: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const [user] = await t.db
      .insert(users)
      .values({ email: "kim@hanbit.example", name: "Kim Ji-woo", passwordHash: "x", emailVerifiedAt: new Date() })
      .returning();
    viewer = { id: user!.id, email: user!.email, name: user!.name, role: "investor", emailVerified: true, preferredLocale: "en" };
  });
  afterAll(async () => t.drop());

  async function completeDraft() {
    const draft = await startDraft(t.db, viewer, crypto.randomUUID());
    for (const [step, data] of [["company", company], ["project", project], ["investment", investment], ["contact", contact]] as const) {
      expect((await saveStep(t.db, viewer, draft.id, step, data)).ok).toBe(true);
    }
    return draft;
  }

  it("a double-clicked start makes one draft", async () => {
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([startDraft(t.db, viewer, key), startDraft(t.db, viewer, key)]);
    expect(a.id).toBe(b.id);
  });

  it("refuses an unverified investor and an incomplete draft; saves nothing else", async () => {
    const draft = await startDraft(t.db, viewer, crypto.randomUUID());
    expect(await submitDraft(t.db, { ...viewer, emailVerified: false }, draft.id)).toEqual({ ok: false, error: "unverified" });
    const incomplete = await submitDraft(t.db, viewer, draft.id);
    expect(incomplete).toMatchObject({ ok: false, error: "incomplete" });
    const [row] = await t.db.select().from(applications).where(eq(applications.id, draft.id));
    expect(row!.status).toBe("draft");
  });

  it("ten concurrent submits of one draft: one application, one event, one e-mail, the same reference", async () => {
    const draft = await completeDraft();
    const results = await Promise.all(Array.from({ length: 10 }, () => submitDraft(t.db, viewer, draft.id)));
    const references = new Set(results.map((result) => (result.ok ? result.reference : `error:${result.error}`)));
    expect(references.size).toBe(1);
    const [reference] = [...references];
    expect(reference).toMatch(/^LOT-\d{4}-\d{5}$/);
    const rows = await t.db.select().from(applications).where(eq(applications.reference, reference!));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.belowThreshold).toBe(true); // 119,999,999 RUB: flagged for staff, still accepted
    expect(rows[0]!.investmentRub).toBe(119_999_999);
    expect(await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, draft.id))).toHaveLength(1);
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.template, "applicationReceived"));
    expect(mails.filter((mail) => mail.body.includes(reference!))).toHaveLength(1);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, draft.id))).toHaveLength(1);
    // Once submitted, the draft functions no longer write.
    expect(await saveStep(t.db, viewer, draft.id, "company", { ...company, legalName: "Changed" })).toEqual({ ok: false, error: "locked" });
  });

  it("references stay unique past number 99,999: six digits, never cut to five", async () => {
    await t.db.execute(sql`select setval('application_reference_seq', 99998)`);
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await submitDraft(t.db, viewer, (await completeDraft()).id);
      expect(result.ok).toBe(true);
      if (result.ok) references.push(result.reference);
    }
    const year = new Date().getUTCFullYear();
    expect(references).toEqual([`LOT-${year}-99999`, `LOT-${year}-100000`, `LOT-${year}-100001`]);
  });

  it("another investor can neither save into nor submit someone else's draft", async () => {
    const draft = await startDraft(t.db, viewer, crypto.randomUUID());
    const intruder: Viewer = { ...viewer, id: crypto.randomUUID(), email: "other@example.com" };
    expect(await saveStep(t.db, intruder, draft.id, "company", company)).toEqual({ ok: false, error: "not_found" });
    expect(await submitDraft(t.db, intruder, draft.id)).toEqual({ ok: false, error: "not_found" });
    const [row] = await t.db.select().from(applications).where(eq(applications.id, draft.id));
    expect(row!.company).toBeNull();
  });
});
