import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationDocuments, applications, auditEvents } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { MAX_DOCUMENT_BYTES } from "@/lib/applications/constants";
import { createViewer, insertApplications, submittedApplication } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { openDocument, uploadDocument } from "./service";

// Documents go to local disk under DATA_DIR/documents: a throw-away folder for this file.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "lotus-documents-test-"));
process.env.DATA_DIR = dataDir;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");
const stream = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]).stream();
const storedFiles = () => {
  try {
    return readdirSync(path.join(dataDir, "documents"), { recursive: true }).filter((name) => String(name).length === 36 + 3);
  } catch {
    return [];
  }
};

// SECURITY-CHECKS #29 (uploads) and #31 (staff downloads audited).
describe.each(engines)("document upload and download on %s", (engine) => {
  let t: TestDatabase;
  let owner: Viewer;
  let other: Viewer;
  let staff: Viewer;
  let draftId: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    [owner, other, staff] = await Promise.all([createViewer(t.db, "investor"), createViewer(t.db, "investor"), createViewer(t.db, "staff")]);
    const [draft] = await insertApplications(t.db, [submittedApplication(owner.id, { status: "draft", reference: null, submittedAt: null })]);
    draftId = draft!.id;
  });
  afterAll(async () => t.drop());

  const audits = async (action: string, actorId: string) =>
    t.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.actorId, actorId)));

  it("another investor cannot upload into someone else's draft: not found, no row, no bytes stored", async () => {
    const before = storedFiles().length;
    const result = await uploadDocument(t.db, other, { applicationId: draftId, slot: "charter", fileName: "x.pdf", body: stream(PDF) });
    expect(result).toEqual({ ok: false, error: "not_found" });
    expect(await t.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, draftId))).toHaveLength(0);
    expect(storedFiles()).toHaveLength(before);
  });

  it("refuses a zip (bomb), an HTML file named .pdf and an oversized body; a PDF/HTML polyglot is kept only as a .pdf", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(64)]);
    const html = new TextEncoder().encode("<html><script>alert(1)</script>%PDF-1.7");
    for (const [bytes, error] of [
      [zip, "unsupported_type"],
      [html, "unsupported_type"],
      [new Uint8Array(MAX_DOCUMENT_BYTES + 1), "too_large"],
    ] as const) {
      const result = await uploadDocument(t.db, owner, { applicationId: draftId, slot: "charter", fileName: "charter.pdf", body: stream(bytes) });
      expect(result).toEqual({ ok: false, error });
    }
    const polyglot = new Uint8Array([...PDF, ...new TextEncoder().encode("<html><script>alert(1)</script></html>")]);
    const result = await uploadDocument(t.db, owner, { applicationId: draftId, slot: "charter", fileName: "page.html", body: stream(polyglot) });
    expect(result.ok).toBe(true);
    const [row] = await t.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, draftId));
    expect(row).toMatchObject({ mimeType: "application/pdf", fileName: "page.pdf" });
  });

  it("downloads: the owner and staff get the file, only the staff download is audited; another investor gets null and a denial row", async () => {
    await t.db.update(applications).set({ status: "submitted", reference: `DOC-${Date.now()}`, submittedAt: new Date() }).where(eq(applications.id, draftId));
    const [row] = await t.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, draftId));

    const forOwner = await openDocument(t.db, owner, row!.id, "203.0.113.5");
    expect(forOwner?.mimeType).toBe("application/pdf");
    await forOwner!.stream.cancel();
    expect(await audits("document.downloaded", owner.id)).toHaveLength(0);

    const forStaff = await openDocument(t.db, staff, row!.id, "203.0.113.6");
    expect(forStaff).not.toBeNull();
    await forStaff!.stream.cancel();
    const downloaded = await audits("document.downloaded", staff.id);
    expect(downloaded).toHaveLength(1);
    expect(downloaded[0]).toMatchObject({ subjectType: "document", subjectId: row!.id, ip: "203.0.113.6" });

    expect(await openDocument(t.db, other, row!.id, "203.0.113.7")).toBeNull();
    expect(await audits("authz.denied", other.id)).toHaveLength(1);
  });
});
