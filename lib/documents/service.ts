import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { applicationDocuments, type ApplicationDocument } from "@/db/schema";
import type { Database, DbOrTx } from "@/db/types";
import { findApplicationFor } from "@/lib/applications/access";
import { isInternal } from "@/lib/auth/roles";
import { findApplicationForCouncil } from "@/lib/council/access";
import { DOCUMENT_SLOTS, DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, type DocumentSlot } from "@/lib/applications/constants";
import { flaggedFieldsOf, openRequestItems } from "@/lib/applications/info-requests";
import { lockApplicationRow } from "@/lib/applications/row-lock";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { logger } from "@/lib/log";
import { safeFileName, sniffDocumentType } from "./file-type";
import { documentStorage } from "./storage";

export type UploadError = "not_found" | "locked" | "invalid_slot" | "too_large" | "unsupported_type" | "empty";
type UploadedDocument = Pick<ApplicationDocument, "id" | "slot" | "fileName" | "sizeBytes">;
export type UploadResult = { ok: true; document: UploadedDocument } | { ok: false; error: UploadError };

export function isDocumentSlot(value: string): value is DocumentSlot {
  return (DOCUMENT_SLOTS as readonly string[]).includes(value);
}

/** Reads at most `limit` bytes; more means the upload is refused without buffering the rest. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** May this viewer put a file into this slot now? Drafts: any slot; during a request for information: flagged slots. */
async function canUpload(db: DbOrTx, viewer: Viewer, applicationId: string, slot: DocumentSlot): Promise<UploadError | null> {
  const application = await findApplicationFor(db, viewer, applicationId);
  if (!application || application.ownerId !== viewer.id) return "not_found";
  if (application.status === "draft") return null;
  if (application.status === "info_requested") {
    return flaggedFieldsOf(await openRequestItems(db, application.id), "documents").includes(slot) ? null : "locked";
  }
  return "locked";
}

/**
 * Stores one document of the investor's own application: size limited while
 * reading, type decided by magic bytes, bytes under a random key, and the
 * slot's row replaced in one statement. Bytes of a failed or refused write are removed.
 *
 * The permission is checked twice: before the body is read (a cheap refusal),
 * and again inside the writing transaction under the application's row lock,
 * which the submission takes too. A body that takes a minute to arrive can
 * straddle a submit; the document is then either in the application before it
 * is submitted or refused ("locked"), never added to a submitted one.
 */
export async function uploadDocument(
  db: Database,
  viewer: Viewer,
  input: { applicationId: string; slot: string; fileName: string; body: ReadableStream<Uint8Array> },
): Promise<UploadResult> {
  if (!isDocumentSlot(input.slot)) return { ok: false, error: "invalid_slot" };
  const denied = await canUpload(db, viewer, input.applicationId, input.slot);
  if (denied) return { ok: false, error: denied };
  const bytes = await readLimited(input.body, MAX_DOCUMENT_BYTES);
  if (!bytes) return { ok: false, error: "too_large" };
  if (bytes.byteLength === 0) return { ok: false, error: "empty" };
  const mime = sniffDocumentType(bytes.subarray(0, 16));
  if (!mime) return { ok: false, error: "unsupported_type" };

  const storageKey = randomUUID();
  const storage = documentStorage();
  await storage.put(storageKey, bytes);
  try {
    const values = {
      applicationId: input.applicationId,
      slot: input.slot,
      storageKey,
      fileName: safeFileName(input.fileName, DOCUMENT_TYPES[mime]),
      mimeType: mime,
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: viewer.id,
    };
    const replaced = await db.transaction(async (tx): Promise<{ denied: UploadError } | { row: UploadedDocument; oldKey: string | undefined }> => {
      await lockApplicationRow(tx, input.applicationId);
      const deniedNow = await canUpload(tx, viewer, input.applicationId, input.slot as DocumentSlot);
      if (deniedNow) return { denied: deniedNow };
      const [old] = await tx
        .select({ storageKey: applicationDocuments.storageKey })
        .from(applicationDocuments)
        .where(and(eq(applicationDocuments.applicationId, input.applicationId), eq(applicationDocuments.slot, input.slot as DocumentSlot)));
      const [row] = await tx
        .insert(applicationDocuments)
        .values(values)
        .onConflictDoUpdate({
          target: [applicationDocuments.applicationId, applicationDocuments.slot],
          set: { storageKey, fileName: values.fileName, mimeType: mime, sizeBytes: values.sizeBytes, sha256: values.sha256, uploadedById: viewer.id, createdAt: new Date() },
        })
        .returning({ id: applicationDocuments.id, slot: applicationDocuments.slot, fileName: applicationDocuments.fileName, sizeBytes: applicationDocuments.sizeBytes });
      return { row: row!, oldKey: old?.storageKey };
    });
    if ("denied" in replaced) {
      await storage.delete(storageKey).catch(() => {});
      return { ok: false, error: replaced.denied };
    }
    if (replaced.oldKey) await storage.delete(replaced.oldKey).catch(() => {});
    return { ok: true, document: replaced.row };
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}

export interface OpenedDocument {
  stream: ReadableStream<Uint8Array>;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** A document for its application's owner, for staff, or for the council during expert review (each such download is audited); null for anyone else. */
export async function openDocument(db: Database, viewer: Viewer, documentId: string, ip?: string): Promise<OpenedDocument | null> {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) return null;
  const [document] = await db.select().from(applicationDocuments).where(eq(applicationDocuments.id, documentId));
  if (!document) return null;
  // Council members read (and download) only while the application is in expert review.
  const application = (await findApplicationFor(db, viewer, document.applicationId)) ?? (await findApplicationForCouncil(db, viewer, document.applicationId));
  if (!application) {
    logger.warn({ event: "authz.document_denied", documentId });
    await recordAudit(db, { action: "authz.denied", actorId: viewer.id, subjectType: "document", subjectId: document.id, ip, detail: { code: "forbidden", area: "document" } });
    return null;
  }
  const stream = await documentStorage().get(document.storageKey);
  if (!stream) return null;
  if (isInternal(viewer)) {
    await recordAudit(db, { action: "document.downloaded", actorId: viewer.id, subjectType: "document", subjectId: document.id, ip, detail: { applicationId: application.id, slot: document.slot } });
  }
  return { stream, fileName: document.fileName, mimeType: document.mimeType, sizeBytes: document.sizeBytes };
}
