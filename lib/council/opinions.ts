import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { applications, councilOpinions, users } from "@/db/schema";
import type { Database, DbOrTx } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { assertCouncil, assertStaff } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { COUNCIL_STATUS } from "./access";
import type { CouncilOutcome } from "./enums";

export interface OpinionView {
  memberId: string;
  memberName: string | null;
  recommendation: CouncilOutcome;
  reason: string;
  updatedAt: Date;
}

export type SaveOpinionResult = { ok: true } | { ok: false; error: "not_found" };

/**
 * A council member's opinion, given or changed. The application row is
 * locked first: staff recording the decision lock it too, so an opinion
 * either lands before the decision (and is counted) or finds the application
 * decided and changes nothing.
 */
export async function saveOpinion(
  db: Database,
  viewer: Viewer | null,
  input: { applicationId: string; recommendation: CouncilOutcome; reason: string; ip?: string },
): Promise<SaveOpinionResult> {
  assertCouncil(viewer);
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(eq(applications.id, input.applicationId))
      .for("update");
    if (application?.status !== COUNCIL_STATUS) return { ok: false, error: "not_found" };
    const [saved] = await tx
      .insert(councilOpinions)
      .values({ applicationId: application.id, memberId: viewer.id, recommendation: input.recommendation, reason: input.reason })
      .onConflictDoUpdate({
        target: [councilOpinions.applicationId, councilOpinions.memberId],
        targetWhere: isNull(councilOpinions.decisionId),
        set: { recommendation: input.recommendation, reason: input.reason, updatedAt: sql`now()` },
      })
      .returning({ id: councilOpinions.id, createdAt: councilOpinions.createdAt, updatedAt: councilOpinions.updatedAt });
    await recordAudit(tx, {
      action: saved && saved.createdAt.getTime() !== saved.updatedAt.getTime() ? "council.opinion_changed" : "council.opinion_given",
      actorId: viewer.id,
      subjectType: "application",
      subjectId: application.id,
      ip: input.ip,
      detail: { recommendation: input.recommendation },
    });
    return { ok: true };
  });
}

/** The columns of an OpinionView (join users on the member for the name). */
export const opinionColumns = {
  memberId: councilOpinions.memberId,
  memberName: users.name,
  recommendation: councilOpinions.recommendation,
  reason: councilOpinions.reason,
  updatedAt: councilOpinions.updatedAt,
};

/** The open opinions on an application (those the coming decision will count), oldest first. */
async function openOpinions(db: DbOrTx, applicationId: string): Promise<OpinionView[]> {
  return db
    .select(opinionColumns)
    .from(councilOpinions)
    .leftJoin(users, eq(users.id, councilOpinions.memberId))
    .where(and(eq(councilOpinions.applicationId, applicationId), isNull(councilOpinions.decisionId)))
    .orderBy(asc(councilOpinions.createdAt), asc(councilOpinions.id));
}

/**
 * What a council member sees of the opinions: their own, and the others' only
 * once they have given theirs (so nobody simply follows the first to speak).
 * The caller has already checked that the member may read the application.
 */
export async function opinionsForMember(db: DbOrTx, viewer: Viewer, applicationId: string): Promise<{ own: OpinionView | null; others: OpinionView[] | null }> {
  assertCouncil(viewer);
  const all = await openOpinions(db, applicationId);
  const own = all.find((opinion) => opinion.memberId === viewer.id) ?? null;
  return { own, others: own ? all.filter((opinion) => opinion.memberId !== viewer.id) : null };
}

export type Tally = Record<CouncilOutcome, number>;

export function tallyOf(opinions: Pick<OpinionView, "recommendation">[]): Tally {
  const tally: Tally = { approve: 0, reject: 0, information: 0 };
  for (const opinion of opinions) tally[opinion.recommendation] += 1;
  return tally;
}

/** For staff: every open opinion and the count per recommendation. */
export async function councilTally(db: DbOrTx, viewer: Viewer | null, applicationId: string): Promise<{ opinions: OpinionView[]; tally: Tally }> {
  assertStaff(viewer);
  const opinions = await openOpinions(db, applicationId);
  return { opinions, tally: tallyOf(opinions) };
}
