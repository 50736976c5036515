import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { applicationEvents, applications, users, type Application, type RequestedItem } from "@/db/schema";
import type { Database, DbOrTx } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { isStaff } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { enqueueEmail } from "@/lib/mail/outbox";
import { canTransition, isDecided, type Actor, type ApplicationStatus } from "./status";

export type TransitionError = "not_found" | "illegal_transition" | "reason_required" | "conflict" | "items_required";

export type TransitionResult = { ok: true; application: Application } | { ok: false; error: TransitionError };

export interface TransitionRequest {
  applicationId: string;
  to: ApplicationStatus;
  /** The version the actor saw; a different current version means someone else acted first. */
  expectedVersion: number;
  reason?: string | null;
  /** Required when asking for more information: which fields or documents, each with a comment. */
  requestedItems?: RequestedItem[];
  ip?: string;
  /**
   * Set only by lib/council/decision.ts: out of expert review the application
   * moves on the council's recorded decision, never by a bare status change.
   */
  councilDecisionId?: string;
}

/** Staff act as staff; the owner acts as applicant; anybody else sees "not found". */
function actorFor(viewer: Viewer, application: Pick<Application, "ownerId">): Actor | null {
  if (isStaff(viewer)) return "staff";
  return application.ownerId === viewer.id ? "applicant" : null;
}

/**
 * The one way an application changes status. In a single transaction: the
 * state machine's check, a version-guarded update (a second reviewer acting
 * on a stale page gets "conflict" and changes nothing), the event row the
 * applicant's timeline shows, an audit row and the applicant's e-mail in
 * their language.
 */
export async function transitionApplication(db: Database, viewer: Viewer, request: TransitionRequest): Promise<TransitionResult> {
  return db.transaction((tx) => transitionWithin(tx, viewer, request));
}

/**
 * The same change inside a caller's transaction (the council's decision
 * records itself and moves the application in one commit).
 */
export async function transitionWithin(tx: DbOrTx, viewer: Viewer, request: TransitionRequest): Promise<TransitionResult> {
  const [current] = await tx.select().from(applications).where(eq(applications.id, request.applicationId));
  if (!current) return { ok: false, error: "not_found" };
  const actor = actorFor(viewer, current);
  if (!actor) return { ok: false, error: "not_found" };
  if (current.version !== request.expectedVersion) return { ok: false, error: "conflict" };
  if (current.status === "expert_review" && actor === "staff" && !request.councilDecisionId) return { ok: false, error: "illegal_transition" };
  const reason = request.reason?.trim() || null;
  const check = canTransition(current.status, request.to, actor, reason);
  if (!check.ok) return { ok: false, error: check.error };
  const items = request.to === "info_requested" ? (request.requestedItems ?? []) : [];
  if (request.to === "info_requested" && items.length === 0) return { ok: false, error: "items_required" };

  const [updated] = await tx
    .update(applications)
    .set({
      status: request.to,
      version: sql`${applications.version} + 1`,
      statusChangedAt: sql`now()`,
      updatedAt: sql`now()`,
      ...(isDecided(request.to) ? { decidedAt: sql`now()` } : {}),
    })
    .where(and(eq(applications.id, current.id), eq(applications.version, request.expectedVersion)))
    .returning();
  if (!updated) return { ok: false, error: "conflict" };

  await tx.insert(applicationEvents).values({
    applicationId: current.id,
    actorId: viewer.id,
    fromStatus: current.status,
    toStatus: request.to,
    reason,
    requestedItems: items.length > 0 ? items : null,
  });
  await recordAudit(tx, {
    action: "application.status_changed",
    actorId: viewer.id,
    subjectType: "application",
    subjectId: current.id,
    ip: request.ip,
    detail: { from: current.status, to: request.to, ...(request.councilDecisionId ? { councilDecisionId: request.councilDecisionId } : {}) },
  });
  await notifyApplicant(tx, updated, reason);
  return { ok: true, application: updated };
}

/** E-mails the applicant about a status change, in the applicant's language. */
export async function notifyApplicant(tx: DbOrTx, application: Application, reason: string | null): Promise<void> {
  const [owner] = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.preferredLocale })
    .from(users)
    .where(eq(users.id, application.ownerId));
  if (!owner) return;
  await enqueueEmail(tx, {
    to: owner.email,
    userId: owner.id,
    locale: owner.locale,
    template: "statusChanged",
    values: { name: owner.name, reference: application.reference ?? "", reason: reason ?? "—" },
    translatedValues: { status: `statuses.${application.status}` },
  });
}
