import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationNotes, auditEvents } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { recordCouncilDecision } from "@/lib/council/decision";
import { saveOpinion } from "@/lib/council/opinions";
import { sampleSteps } from "@/lib/testing/sample-application";
import { createViewer, insertApplications, submittedApplication } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { copyForOwner, dossierForStaff } from "./dossier-data";

describe.each(engines)("who gets a dossier or a copy, on %s", (engine) => {
  let t: TestDatabase;
  let staff: Viewer;
  let owner: Viewer;
  let other: Viewer;
  let member: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    staff = await createViewer(t.db, "staff");
    owner = await createViewer(t.db, "investor");
    other = await createViewer(t.db, "investor");
    member = await createViewer(t.db, "council", "Member D");
  });
  afterAll(async () => t.drop());

  it("staff get the dossier with the decision and opinions, never the notes, and the download is audited", async () => {
    const [app] = await insertApplications(t.db, [submittedApplication(owner.id, { status: "expert_review", ...sampleSteps })]);
    await t.db.insert(applicationNotes).values({ applicationId: app!.id, authorId: staff.id, body: "Internal only" });
    await saveOpinion(t.db, member, { applicationId: app!.id, recommendation: "approve", reason: "Good project." });
    await recordCouncilDecision(t.db, staff, { applicationId: app!.id, expectedVersion: app!.version, outcome: "approve", meetingDate: "2026-02-10", reason: "", requestedItems: [] });
    const data = await dossierForStaff(t.db, staff, app!.id, "203.0.113.9");
    expect(data?.decisions?.[0]?.opinions.map((o) => o.reason)).toEqual(["Good project."]);
    expect(JSON.stringify(data)).not.toContain("Internal only");
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "application.dossier_downloaded"));
    expect(audits.map((a) => a.subjectId)).toContain(app!.id);
    await expect(dossierForStaff(t.db, member, app!.id)).rejects.toThrow("forbidden");
    await expect(dossierForStaff(t.db, owner, app!.id)).rejects.toThrow("forbidden");
  });

  it("the copy is the owner's only, without opinions; drafts have neither", async () => {
    const [sent, draft] = await insertApplications(t.db, [
      submittedApplication(owner.id, { status: "screening", ...sampleSteps }),
      submittedApplication(owner.id, { status: "draft", submittedAt: null, reference: null }),
    ]);
    const copy = await copyForOwner(t.db, owner, sent!.id);
    expect(copy?.application.id).toBe(sent!.id);
    expect(copy?.decisions).toBeNull();
    expect(await copyForOwner(t.db, other, sent!.id)).toBeNull();
    expect(await copyForOwner(t.db, staff, sent!.id)).toBeNull();
    expect(await copyForOwner(t.db, member, sent!.id)).toBeNull();
    expect(await copyForOwner(t.db, owner, draft!.id)).toBeNull();
    expect(await dossierForStaff(t.db, staff, draft!.id)).toBeNull();
  });
});
