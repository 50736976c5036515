import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationDocuments, applications } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { saveStep, startDraft } from "@/lib/applications/drafts";
import { submitDraft } from "@/lib/applications/submit";
import { sampleSteps } from "@/lib/testing/sample-application";
import { createViewer } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { uploadDocument } from "./service";

// Documents go to local disk under DATA_DIR/documents: a throw-away folder for this file.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "lotus-upload-race-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");
const storedFiles = () => {
  try {
    return readdirSync(path.join(dataDir, "documents"), { recursive: true }).filter((name) => String(name).length === 36 + 3).length;
  } catch {
    return 0;
  }
};

/** An upload body whose first bytes arrive at once and the rest only when `finish()` is called: a slow client. */
function slowBody() {
  let finish!: () => void;
  const released = new Promise<void>((resolve) => (finish = resolve));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(PDF.subarray(0, 8));
    },
    async pull(controller) {
      await released;
      controller.enqueue(PDF.subarray(8));
      controller.close();
    },
  });
  return { body, finish };
}

// Issue 12 item 7: the upload checked "draft" before reading the body and wrote after it without a second look.
describe.each(engines)("upload and submit race on %s", (engine) => {
  let t: TestDatabase;
  let owner: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    owner = await createViewer(t.db, "investor");
  });
  afterAll(async () => t.drop());

  const completeDraft = async () => {
    const draft = await startDraft(t.db, owner, crypto.randomUUID());
    for (const step of ["company", "project", "investment", "contact"] as const) {
      expect((await saveStep(t.db, owner, draft.id, step, sampleSteps[step])).ok).toBe(true);
    }
    return draft.id;
  };
  const documentsOf = (id: string) => t.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, id));

  it("a slow upload that straddles the submit is refused: nothing is added to the submitted application, no bytes kept", async () => {
    const id = await completeDraft();
    const before = storedFiles();
    const slow = slowBody();
    const upload = uploadDocument(t.db, owner, { applicationId: id, slot: "charter", fileName: "charter.pdf", body: slow.body });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the draft check has passed, the body is still arriving
    const submitted = await submitDraft(t.db, owner, id);
    expect(submitted.ok).toBe(true);
    slow.finish();
    expect(await upload).toEqual({ ok: false, error: "locked" });
    expect(await documentsOf(id)).toHaveLength(0);
    expect(storedFiles()).toBe(before);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.status).toBe("submitted");
  });

  it("uploads racing a submit: each one is either in the application or refused as locked, none is lost or half-written", async () => {
    const id = await completeDraft();
    const slots = ["state_registration", "tax_registration", "charter", "business_plan", "financing_proof"] as const;
    const uploads = slots.map((slot) => uploadDocument(t.db, owner, { applicationId: id, slot, fileName: `${slot}.pdf`, body: new Blob([PDF]).stream() }));
    const [submit, ...results] = await Promise.all([submitDraft(t.db, owner, id), ...uploads]);
    expect(submit.ok).toBe(true);
    for (const result of results) expect(result.ok || result.error === "locked").toBe(true);
    const accepted = slots.filter((_, index) => results[index]!.ok);
    expect((await documentsOf(id)).map((doc) => doc.slot).sort()).toEqual([...accepted].sort());
    // After the submit, every further upload is refused.
    expect(await uploadDocument(t.db, owner, { applicationId: id, slot: "charter", fileName: "late.pdf", body: new Blob([PDF]).stream() })).toEqual({ ok: false, error: "locked" });
  });

  it("an upload that commits before the submit is part of what was submitted", async () => {
    const id = await completeDraft();
    expect((await uploadDocument(t.db, owner, { applicationId: id, slot: "business_plan", fileName: "plan.pdf", body: new Blob([PDF]).stream() })).ok).toBe(true);
    expect((await submitDraft(t.db, owner, id)).ok).toBe(true);
    expect((await documentsOf(id)).map((doc) => doc.slot)).toEqual(["business_plan"]);
  });
});
