import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { applicationNotes, applications, users } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { findApplicationFor } from "./access";
import { assertStaff, STAFF_ROLES } from "@/lib/auth/roles";

export type ReviewResult = { ok: true; version: number } | { ok: false; error: "not_found" | "conflict" | "invalid_reviewer" };

/**
 * Assigns an application to a reviewer (or nobody). Version-guarded like a
 * status change: two reviewers clicking "assign to me" at once → one wins,
 * the other is told to reload. One audit row with who had it before.
 */
export async function assignApplication(
  db: Database,
  viewer: Viewer | null,
  input: { applicationId: string; reviewerId: string | null; expectedVersion: number; ip?: string },
): Promise<ReviewResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const current = await findApplicationFor(tx, viewer, input.applicationId);
    if (!current || current.status === "draft") return { ok: false, error: "not_found" };
    if (input.reviewerId) {
      const [reviewer] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, input.reviewerId), inArray(users.role, [...STAFF_ROLES]), eq(users.status, "active")));
      if (!reviewer) return { ok: false, error: "invalid_reviewer" };
    }
    const [updated] = await tx
      .update(applications)
      .set({ assignedReviewerId: input.reviewerId, version: sql`${applications.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(applications.id, current.id), eq(applications.version, input.expectedVersion)))
      .returning({ version: applications.version });
    if (!updated) return { ok: false, error: "conflict" };
    await recordAudit(tx, {
      action: "application.assigned",
      actorId: viewer.id,
      subjectType: "application",
      subjectId: current.id,
      ip: input.ip,
      detail: { from: current.assignedReviewerId, to: input.reviewerId },
    });
    return { ok: true, version: updated.version };
  });
}

/** An internal note (never shown to the applicant). Notes do not change the version: they cannot conflict. */
export async function addNote(db: Database, viewer: Viewer | null, input: { applicationId: string; body: string; ip?: string }): Promise<{ ok: boolean }> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const application = await findApplicationFor(tx, viewer, input.applicationId);
    if (!application || application.status === "draft") return { ok: false };
    const [note] = await tx
      .insert(applicationNotes)
      .values({ applicationId: application.id, authorId: viewer.id, body: input.body })
      .returning({ id: applicationNotes.id });
    await recordAudit(tx, {
      action: "application.note_added",
      actorId: viewer.id,
      subjectType: "application",
      subjectId: application.id,
      ip: input.ip,
      detail: { noteId: note!.id },
    });
    return { ok: true };
  });
}
