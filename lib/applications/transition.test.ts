import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, auditEvents, emailOutbox } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer, insertApplications, submittedApplication } from "@/lib/testing/staff-fixtures";
import { transitionApplication } from "./transition";

describe.each(engines)("status transitions on %s", (engine) => {
  let t: TestDatabase;
  let staff: Viewer;
  let otherStaff: Viewer;
  let owner: Viewer;
  let stranger: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    staff = await createViewer(t.db, "staff");
    otherStaff = await createViewer(t.db, "admin");
    owner = await createViewer(t.db, "investor");
    stranger = await createViewer(t.db, "investor");
  });
  afterAll(async () => t.drop());

  const fresh = async (status: "submitted" | "screening" = "submitted") => (await insertApplications(t.db, [submittedApplication(owner.id, { status })]))[0]!;
  const traces = async (applicationId: string) => {
    const [events] = await t.db.select({ n: count() }).from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId));
    const [audits] = await t.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.subjectId, applicationId));
    const [app] = await t.db.select().from(applications).where(eq(applications.id, applicationId));
    return { events: Number(events!.n), audits: Number(audits!.n), status: app!.status, version: app!.version };
  };
  const mailsTo = async (email: string) => Number((await t.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.recipient, email)))[0]!.n);

  it("a legal transition writes the event, the audit row and the applicant's e-mail together", async () => {
    const app = await fresh();
    const mailsBefore = await mailsTo(owner.email);
    const result = await transitionApplication(t.db, staff, { applicationId: app.id, to: "screening", expectedVersion: app.version, ip: "203.0.113.7" });
    expect(result.ok).toBe(true);
    expect(await traces(app.id)).toEqual({ events: 1, audits: 1, status: "screening", version: app.version + 1 });
    expect(await mailsTo(owner.email)).toBe(mailsBefore + 1);
    const [event] = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
    expect(event).toMatchObject({ fromStatus: "submitted", toStatus: "screening", actorId: staff.id });
  });

  it("illegal transitions, a missing reason and a request without items write nothing", async () => {
    const app = await fresh("screening");
    const mailsBefore = await mailsTo(owner.email);
    const attempts = [
      { to: "approved" as const, reason: "skip the review" }, // screening → approved is not an edge
      { to: "draft" as const },
      { to: "rejected" as const, reason: "   " },
      { to: "info_requested" as const, reason: "please", requestedItems: [] },
    ];
    const errors = [];
    for (const attempt of attempts) {
      const result = await transitionApplication(t.db, staff, { applicationId: app.id, expectedVersion: app.version, ...attempt });
      errors.push(result.ok ? "ok" : result.error);
    }
    expect(errors).toEqual(["illegal_transition", "illegal_transition", "reason_required", "items_required"]);
    expect(await traces(app.id)).toEqual({ events: 0, audits: 0, status: "screening", version: app.version });
    expect(await mailsTo(owner.email)).toBe(mailsBefore);
  });

  it("a request for information keeps the flagged items on the event", async () => {
    const app = await fresh("screening");
    const items = [{ field: "company.website", comment: "The site does not open." }];
    const result = await transitionApplication(t.db, staff, { applicationId: app.id, to: "info_requested", expectedVersion: app.version, reason: "Please check", requestedItems: items });
    expect(result.ok).toBe(true);
    const [event] = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
    expect(event!.requestedItems).toEqual(items);
  });

  it("two reviewers acting on the same version: exactly one wins, the other gets a conflict", async () => {
    for (let round = 0; round < 5; round += 1) {
      const app = await fresh("screening");
      const results = await Promise.all([
        transitionApplication(t.db, staff, { applicationId: app.id, to: "expert_review", expectedVersion: app.version }),
        transitionApplication(t.db, otherStaff, { applicationId: app.id, to: "rejected", expectedVersion: app.version, reason: "Out of scope" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(["conflict"]);
      const after = await traces(app.id);
      expect(after.events).toBe(1);
      expect(after.audits).toBe(1);
      expect(after.version).toBe(app.version + 1);
    }
  });

  it("a stale version is a conflict even when the move itself would be legal", async () => {
    const app = await fresh();
    const result = await transitionApplication(t.db, staff, { applicationId: app.id, to: "screening", expectedVersion: app.version - 1 });
    expect(result).toEqual({ ok: false, error: "conflict" });
  });

  it("investors cannot make staff transitions: the owner is refused, a stranger sees nothing", async () => {
    const app = await fresh();
    const byOwner = await transitionApplication(t.db, owner, { applicationId: app.id, to: "screening", expectedVersion: app.version });
    const byStranger = await transitionApplication(t.db, stranger, { applicationId: app.id, to: "withdrawn", expectedVersion: app.version });
    expect(byOwner).toEqual({ ok: false, error: "illegal_transition" });
    expect(byStranger).toEqual({ ok: false, error: "not_found" });
    expect(await traces(app.id)).toEqual({ events: 0, audits: 0, status: "submitted", version: app.version });
  });
});
