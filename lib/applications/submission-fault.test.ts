import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, auditEvents, emailOutbox, users } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { sampleSteps } from "@/lib/testing/sample-application";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { saveStep, startDraft } from "./drafts";
import { submitDraft } from "./submit";

const { company, project, investment, contact } = sampleSteps;
type Table = typeof auditEvents | typeof emailOutbox | typeof applicationEvents;

/**
 * The database, except that inside a transaction inserting into `table`
 * throws: a fault between the inserts of one submission (the status UPDATE
 * and earlier inserts have already run in the same transaction).
 */
function failingInsertInto(db: Database, table: Table): Database {
  const faulty = (tx: object) =>
    new Proxy(tx, {
      get(target, property) {
        if (property === "insert") {
          return (into: unknown) => {
            if (into === table) throw new Error("injected fault");
            return (target as Database).insert(into as Table);
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(db, {
    get(target, property) {
      if (property === "transaction") {
        return (run: (tx: object) => Promise<unknown>) => target.transaction((tx) => run(faulty(tx)));
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe.each(engines)("a submission that fails half-way on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(async () => t.drop());

  /** A fresh investor (so e-mail counts are theirs alone) with one complete draft. */
  async function investorWithDraft(): Promise<{ viewer: Viewer; draftId: string }> {
    const [user] = await t.db
      .insert(users)
      .values({ email: `${crypto.randomUUID()}@example.com`, name: "Aiko Tanaka", passwordHash: "x", emailVerifiedAt: new Date() })
      .returning();
    const viewer: Viewer = { id: user!.id, email: user!.email, name: user!.name, role: "investor", emailVerified: true, preferredLocale: "en" };
    const draft = await startDraft(t.db, viewer, crypto.randomUUID());
    for (const [step, data] of [["company", company], ["project", project], ["investment", investment], ["contact", contact]] as const) {
      expect((await saveStep(t.db, viewer, draft.id, step, data)).ok).toBe(true);
    }
    return { viewer, draftId: draft.id };
  }

  async function traces(viewer: Viewer, draftId: string) {
    const [application] = await t.db.select().from(applications).where(eq(applications.id, draftId));
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, draftId));
    const audits = await t.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, draftId), eq(auditEvents.action, "application.submitted")));
    const mails = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.recipient, viewer.email), eq(emailOutbox.template, "applicationReceived")));
    return { application: application!, events: events.length, audits: audits.length, mails };
  }

  async function expectRolledBackThenRetried(viewer: Viewer, draftId: string, before: Awaited<ReturnType<typeof traces>>) {
    const after = await traces(viewer, draftId);
    // Nothing of the failed attempt stays: still the same draft, every step intact.
    expect(after.application).toEqual(before.application);
    expect(after.application.status).toBe("draft");
    expect(after.application.reference).toBeNull();
    expect([after.application.company, after.application.project, after.application.investment, after.application.contact]).toEqual([company, project, investment, contact]);
    expect([after.events, after.audits, after.mails.length]).toEqual([0, 0, 0]);

    // The investor (or API client) retries once the fault is gone: submitted once, whole.
    const retry = await submitDraft(t.db, viewer, draftId);
    expect(retry).toMatchObject({ ok: true, reference: expect.stringMatching(/^LOT-\d{4}-\d{5,}$/) });
    const done = await traces(viewer, draftId);
    expect(done.application.status).toBe("submitted");
    expect(done.application.reference).toBe(retry.ok ? retry.reference : "");
    expect([done.events, done.audits, done.mails.length]).toEqual([1, 1, 1]);
    expect(done.mails[0]!.body).toContain(done.application.reference);
    // And a second retry changes nothing.
    expect(await submitDraft(t.db, viewer, draftId)).toEqual(retry);
    const again = await traces(viewer, draftId);
    expect([again.events, again.audits, again.mails.length]).toEqual([1, 1, 1]);
  }

  it.each([
    ["application_events", applicationEvents],
    ["audit_events", auditEvents],
    ["email_outbox", emailOutbox],
  ] as const)("the insert into %s throws: the transaction rolls back, a retry submits once", async (_name, table) => {
    const { viewer, draftId } = await investorWithDraft();
    const before = await traces(viewer, draftId);
    await expect(submitDraft(failingInsertInto(t.db, table), viewer, draftId)).rejects.toThrow("injected fault");
    await expectRolledBackThenRetried(viewer, draftId, before);
  });

  it("the database itself refuses the e-mail row (a trigger raises): the same", async () => {
    const { viewer, draftId } = await investorWithDraft();
    const before = await traces(viewer, draftId);
    // eslint-disable-next-line no-restricted-syntax -- test-only DDL; the e-mail is one the test generated
    await t.db.execute(sql.raw(`
      create function refuse_mail() returns trigger language plpgsql as $$
      begin
        if new.recipient = '${viewer.email}' then raise exception 'injected fault: outbox refused'; end if;
        return new;
      end $$`));
    await t.db.execute(sql`create trigger refuse_mail before insert on email_outbox for each row execute function refuse_mail()`);
    try {
      await expect(submitDraft(t.db, viewer, draftId)).rejects.toThrow();
    } finally {
      await t.db.execute(sql`drop trigger refuse_mail on email_outbox`);
      await t.db.execute(sql`drop function refuse_mail()`);
    }
    await expectRolledBackThenRetried(viewer, draftId, before);
  });
});
