import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { applicationDocuments, applicationEvents, applicationNotes, applications, auditEvents, councilDecisions, councilOpinions, emailOutbox } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { transitionApplication } from "@/lib/applications/transition";
import { openDocument } from "@/lib/documents/service";
import { sampleSteps } from "@/lib/testing/sample-application";
import { createViewer, insertApplications, submittedApplication } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { decisionsForStaff, recordCouncilDecision } from "./decision";
import { councilTally, saveOpinion } from "./opinions";
import { getApplicationForCouncil, listCouncilQueue } from "./queries";

describe.each(engines)("the expert council on %s", (engine) => {
  let t: TestDatabase;
  let staff: Viewer;
  let otherStaff: Viewer;
  let owner: Viewer;
  let memberA: Viewer;
  let memberB: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    staff = await createViewer(t.db, "staff");
    otherStaff = await createViewer(t.db, "admin");
    owner = await createViewer(t.db, "investor");
    memberA = await createViewer(t.db, "council", "Member A");
    memberB = await createViewer(t.db, "council", "Member B");
  });
  afterAll(async () => t.drop());

  const withStatus = async (status: "screening" | "expert_review" | "submitted" | "draft" | "approved") =>
    (await insertApplications(t.db, [submittedApplication(owner.id, { status, ...sampleSteps })]))[0]!;

  it("reads only applications in expert review, never drafts or other statuses", async () => {
    const inReview = await withStatus("expert_review");
    const others = await Promise.all((["draft", "submitted", "screening", "approved"] as const).map(withStatus));
    expect(await getApplicationForCouncil(t.db, memberA, inReview.id)).not.toBeNull();
    for (const other of others) expect(await getApplicationForCouncil(t.db, memberA, other.id)).toBeNull();
    const queue = await listCouncilQueue(t.db, memberA);
    expect(queue.map((row) => row.id)).toContain(inReview.id);
    for (const other of others) expect(queue.map((row) => row.id)).not.toContain(other.id);
    // Staff and investors are not council members.
    await expect(getApplicationForCouncil(t.db, staff, inReview.id)).rejects.toThrow("forbidden");
    await expect(listCouncilQueue(t.db, owner)).rejects.toThrow("forbidden");
  });

  it("never shows the staff's internal notes, and documents only while in expert review", async () => {
    const app = await withStatus("expert_review");
    await t.db.insert(applicationNotes).values({ applicationId: app.id, authorId: staff.id, body: "Internal: the bank letter looks forged" });
    const review = await getApplicationForCouncil(t.db, memberA, app.id);
    expect(JSON.stringify(review)).not.toContain("forged");
    expect(Object.keys(review!)).not.toContain("notes");
    expect(Object.keys(review!)).not.toContain("messages");
    // A document of an application outside expert review is "not found" for a member, and the denial is audited.
    const screening = await withStatus("screening");
    const [document] = await t.db
      .insert(applicationDocuments)
      .values({ applicationId: screening.id, slot: "business_plan", storageKey: randomUUID(), fileName: "plan.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64) })
      .returning();
    expect(await openDocument(t.db, memberA, document!.id)).toBeNull();
    const denials = await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, document!.id));
    expect(denials.map((row) => row.action)).toEqual(["authz.denied"]);
  });

  it("hides the other members' opinions until the member has given one", async () => {
    const app = await withStatus("expert_review");
    expect(await saveOpinion(t.db, memberA, { applicationId: app.id, recommendation: "approve", reason: "Meets every rule." })).toEqual({ ok: true });
    const beforeOwn = await getApplicationForCouncil(t.db, memberB, app.id);
    expect(beforeOwn!.own).toBeNull();
    expect(beforeOwn!.others).toBeNull();
    expect(JSON.stringify(beforeOwn)).not.toContain("Meets every rule");

    await saveOpinion(t.db, memberB, { applicationId: app.id, recommendation: "information", reason: "Need the bank letter." });
    const afterOwn = await getApplicationForCouncil(t.db, memberB, app.id);
    expect(afterOwn!.own?.recommendation).toBe("information");
    expect(afterOwn!.others?.map((o) => o.reason)).toEqual(["Meets every rule."]);
  });

  it("keeps one opinion per member, changeable until the decision, and refuses one on another status", async () => {
    const app = await withStatus("expert_review");
    await saveOpinion(t.db, memberA, { applicationId: app.id, recommendation: "reject", reason: "First thought." });
    await saveOpinion(t.db, memberA, { applicationId: app.id, recommendation: "approve", reason: "Second thought." });
    const rows = await t.db.select().from(councilOpinions).where(eq(councilOpinions.applicationId, app.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recommendation: "approve", reason: "Second thought." });
    const { tally } = await councilTally(t.db, staff, app.id);
    expect(tally).toEqual({ approve: 1, reject: 0, information: 0 });

    const screening = await withStatus("screening");
    expect(await saveOpinion(t.db, memberA, { applicationId: screening.id, recommendation: "approve", reason: "x" })).toEqual({ ok: false, error: "not_found" });
    await expect(saveOpinion(t.db, staff, { applicationId: app.id, recommendation: "approve", reason: "x" })).rejects.toThrow("forbidden");
  });

  it("a recorded decision moves the application, closes the opinions and e-mails the applicant", async () => {
    const app = await withStatus("expert_review");
    await saveOpinion(t.db, memberA, { applicationId: app.id, recommendation: "reject", reason: "Financing not proven." });
    const mails = async () => Number((await t.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.recipient, owner.email)))[0]!.n);
    const before = await mails();
    const result = await recordCouncilDecision(t.db, staff, {
      applicationId: app.id,
      expectedVersion: app.version,
      outcome: "reject",
      meetingDate: "2026-02-10",
      reason: "The financing is not documented.",
      requestedItems: [],
    });
    expect(result.ok).toBe(true);
    const [after] = await t.db.select().from(applications).where(eq(applications.id, app.id));
    expect(after!.status).toBe("rejected");
    const [event] = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
    expect(event).toMatchObject({ fromStatus: "expert_review", toStatus: "rejected", reason: "The financing is not documented." });
    expect(await mails()).toBe(before + 1);
    const decisions = await decisionsForStaff(t.db, staff, app.id);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.opinions.map((o) => o.reason)).toEqual(["Financing not proven."]);
    const audits = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, app.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["application.status_changed", "council.decision_recorded", "council.opinion_given"]);
    // Closed: members can neither read it nor change their opinion any more.
    expect(await getApplicationForCouncil(t.db, memberA, app.id)).toBeNull();
    expect((await saveOpinion(t.db, memberA, { applicationId: app.id, recommendation: "approve", reason: "Too late" })).ok).toBe(false);
  });

  it("a decision for information needs the items and a reason; approval moves to approved", async () => {
    const app = await withStatus("expert_review");
    const noItems = await recordCouncilDecision(t.db, staff, { applicationId: app.id, expectedVersion: app.version, outcome: "information", meetingDate: "2026-02-10", reason: "More", requestedItems: [] });
    expect(noItems).toEqual({ ok: false, error: "items_required" });
    expect(await t.db.select().from(councilDecisions).where(eq(councilDecisions.applicationId, app.id))).toHaveLength(0);
    const asked = await recordCouncilDecision(t.db, staff, {
      applicationId: app.id,
      expectedVersion: app.version,
      outcome: "information",
      meetingDate: "2026-02-10",
      reason: "Send the bank's letter.",
      requestedItems: [{ field: "documents.financing_proof", comment: "Missing" }],
    });
    expect(asked.ok).toBe(true);
    expect((await t.db.select().from(applications).where(eq(applications.id, app.id)))[0]!.status).toBe("info_requested");

    const other = await withStatus("expert_review");
    expect((await recordCouncilDecision(t.db, staff, { applicationId: other.id, expectedVersion: other.version, outcome: "approve", meetingDate: "2026-02-10", reason: "", requestedItems: [] })).ok).toBe(true);
    expect((await t.db.select().from(applications).where(eq(applications.id, other.id)))[0]!.status).toBe("approved");
  });

  it("out of expert review only the council's decision moves the application", async () => {
    const app = await withStatus("expert_review");
    const bare = await transitionApplication(t.db, staff, { applicationId: app.id, to: "approved", expectedVersion: app.version });
    expect(bare).toEqual({ ok: false, error: "illegal_transition" });
    await expect(recordCouncilDecision(t.db, memberA, { applicationId: app.id, expectedVersion: app.version, outcome: "approve", meetingDate: "2026-02-10", reason: "", requestedItems: [] })).rejects.toThrow("forbidden");
  });

  it("records the decision once when two staff record it at the same time", async () => {
    for (let round = 0; round < 5; round += 1) {
      const app = await withStatus("expert_review");
      const results = await Promise.all([
        recordCouncilDecision(t.db, staff, { applicationId: app.id, expectedVersion: app.version, outcome: "approve", meetingDate: "2026-02-10", reason: "", requestedItems: [] }),
        recordCouncilDecision(t.db, otherStaff, { applicationId: app.id, expectedVersion: app.version, outcome: "reject", meetingDate: "2026-02-10", reason: "No", requestedItems: [] }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(["already_decided"]);
      expect(await t.db.select().from(councilDecisions).where(eq(councilDecisions.applicationId, app.id))).toHaveLength(1);
      const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
      expect(events).toHaveLength(1);
      const [row] = await t.db.select().from(applications).where(eq(applications.id, app.id));
      expect(row!.version).toBe(app.version + 1);
    }
  });
});
