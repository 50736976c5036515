import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { applications, councilDecisions, councilOpinions, users, type Application, type RequestedItem } from "@/db/schema";
import type { Database, DbOrTx } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { assertStaff } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { transitionWithin, type TransitionError } from "@/lib/applications/transition";
import { COUNCIL_STATUS } from "./access";
import type { CouncilOutcome } from "./enums";
import { opinionColumns, type OpinionView } from "./opinions";
import { OUTCOME_STATUS } from "./outcome-status";

/** What the staff's council panel needs of the application (components never import db/). */
export type DecisionSubject = Pick<Application, "id" | "status" | "version" | "submittedAt">;

export interface DecisionRequest {
  applicationId: string;
  expectedVersion: number;
  outcome: CouncilOutcome;
  meetingDate: string;
  /** The applicant reads it (required for a rejection and a request for information). */
  reason: string;
  requestedItems: RequestedItem[];
  ip?: string;
}

export type DecisionResult = { ok: true; decisionId: string } | { ok: false; error: TransitionError | "already_decided" };

/**
 * Staff record the council's decision, once. In one transaction: the
 * application row is locked (SELECT … FOR UPDATE), so a second staff member
 * recording at the same moment waits and then finds it no longer in expert
 * review; the decision row; the open opinions closed onto it; and the status
 * change through the state machine with its event, audit row and e-mail.
 */
export async function recordCouncilDecision(db: Database, viewer: Viewer | null, request: DecisionRequest): Promise<DecisionResult> {
  assertStaff(viewer);
  return db.transaction(async (tx): Promise<DecisionResult> => {
    const [current] = await tx
      .select({ id: applications.id, status: applications.status, version: applications.version })
      .from(applications)
      .where(eq(applications.id, request.applicationId))
      .for("update");
    if (!current || current.status === "draft") return { ok: false, error: "not_found" };
    if (current.status !== COUNCIL_STATUS) return { ok: false, error: "already_decided" };
    if (current.version !== request.expectedVersion) return { ok: false, error: "conflict" };
    const reason = request.reason.trim();
    const [decision] = await tx
      .insert(councilDecisions)
      .values({ applicationId: current.id, outcome: request.outcome, meetingDate: request.meetingDate, reason: reason || null, recordedById: viewer.id })
      .returning({ id: councilDecisions.id });
    await tx
      .update(councilOpinions)
      .set({ decisionId: decision!.id })
      .where(and(eq(councilOpinions.applicationId, current.id), isNull(councilOpinions.decisionId)));
    const moved = await transitionWithin(tx, viewer, {
      applicationId: current.id,
      to: OUTCOME_STATUS[request.outcome],
      expectedVersion: current.version,
      reason,
      requestedItems: request.requestedItems,
      ip: request.ip,
      councilDecisionId: decision!.id,
    });
    // Throwing rolls back the decision row and the closed opinions with it.
    if (!moved.ok) throw new DecisionAborted(moved.error);
    await recordAudit(tx, {
      action: "council.decision_recorded",
      actorId: viewer.id,
      subjectType: "application",
      subjectId: current.id,
      ip: request.ip,
      detail: { outcome: request.outcome, meetingDate: request.meetingDate, decisionId: decision!.id },
    });
    return { ok: true, decisionId: decision!.id };
  }).catch((error: unknown) => {
    if (error instanceof DecisionAborted) return { ok: false, error: error.reason };
    throw error;
  });
}

class DecisionAborted extends Error {
  constructor(readonly reason: TransitionError) {
    super(reason);
  }
}

export interface DecisionView {
  id: string;
  outcome: CouncilOutcome;
  meetingDate: string;
  reason: string | null;
  recordedByName: string | null;
  recordedAt: Date;
  opinions: OpinionView[];
}

/**
 * The council's decisions on an application, newest first, each with the
 * opinions it closed. The caller checks the viewer may see them (staff, or the
 * dossier for staff).
 */
export async function decisionsOf(db: DbOrTx, applicationId: string): Promise<DecisionView[]> {
  const decisions = await db
    .select({
      id: councilDecisions.id,
      outcome: councilDecisions.outcome,
      meetingDate: councilDecisions.meetingDate,
      reason: councilDecisions.reason,
      recordedByName: users.name,
      recordedAt: councilDecisions.recordedAt,
    })
    .from(councilDecisions)
    .leftJoin(users, eq(users.id, councilDecisions.recordedById))
    .where(eq(councilDecisions.applicationId, applicationId))
    .orderBy(desc(councilDecisions.recordedAt), desc(councilDecisions.id));
  if (decisions.length === 0) return [];
  const opinions = await db
    .select({ decisionId: councilOpinions.decisionId, ...opinionColumns })
    .from(councilOpinions)
    .leftJoin(users, eq(users.id, councilOpinions.memberId))
    .where(inArray(councilOpinions.decisionId, decisions.map((d) => d.id)))
    .orderBy(asc(councilOpinions.createdAt), asc(councilOpinions.id));
  return decisions.map((decision) => ({
    ...decision,
    opinions: opinions
      .filter((opinion) => opinion.decisionId === decision.id)
      .map(({ memberId, memberName, recommendation, reason, updatedAt }) => ({ memberId, memberName, recommendation, reason, updatedAt })),
  }));
}

/** For staff pages: the decisions on an application. */
export async function decisionsForStaff(db: DbOrTx, viewer: Viewer | null, applicationId: string): Promise<DecisionView[]> {
  assertStaff(viewer);
  return decisionsOf(db, applicationId);
}
