import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { applications, councilOpinions, type Application } from "@/db/schema";
import type { Database } from "@/db/types";
import { assertCouncil } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { documentsOf, eligibilityOf, eventsOf, type ReviewDocument, type ReviewEvent } from "@/lib/applications/staff-detail";
import type { EligibilityResult } from "@/lib/sez/eligibility";
import { COUNCIL_STATUS, findApplicationForCouncil } from "./access";
import { daysLeft } from "./deadline";
import { opinionsForMember, type OpinionView } from "./opinions";

export interface CouncilQueueRow {
  id: string;
  reference: string | null;
  companyName: string | null;
  submittedAt: Date | null;
  daysLeft: number | null;
  /** Whether this member has given an opinion yet. */
  opinionGiven: boolean;
}

/**
 * The applications before the council (in expert review), the most urgent
 * first: overdue ones lead, then by days left.
 */
export async function listCouncilQueue(db: Database, viewer: Viewer | null, now = new Date()): Promise<CouncilQueueRow[]> {
  assertCouncil(viewer);
  const rows = await db
    .select({
      id: applications.id,
      reference: applications.reference,
      companyName: applications.companyName,
      submittedAt: applications.submittedAt,
      opinionId: councilOpinions.id,
    })
    .from(applications)
    .leftJoin(
      councilOpinions,
      and(eq(councilOpinions.applicationId, applications.id), eq(councilOpinions.memberId, viewer.id), isNull(councilOpinions.decisionId)),
    )
    .where(eq(applications.status, COUNCIL_STATUS))
    .orderBy(asc(applications.submittedAt), asc(applications.id))
    .limit(500);
  return rows.map(({ opinionId, ...row }) => ({
    ...row,
    daysLeft: row.submittedAt ? daysLeft(row.submittedAt, now) : null,
    opinionGiven: opinionId !== null,
  }));
}

export interface CouncilReview {
  application: Application;
  eligibility: EligibilityResult | null;
  documents: ReviewDocument[];
  events: ReviewEvent[];
  own: OpinionView | null;
  /** Null until the member has given their own opinion. */
  others: OpinionView[] | null;
}

/**
 * One application as the council reads it: the answers, the eligibility
 * check, document metadata, the timeline and the opinions the member may see.
 * Never the internal notes nor the thread with the applicant. Null unless the
 * viewer is a council member and the application is in expert review.
 */
export async function getApplicationForCouncil(db: Database, viewer: Viewer | null, id: string): Promise<CouncilReview | null> {
  assertCouncil(viewer);
  const application = await findApplicationForCouncil(db, viewer, id);
  if (!application) return null;
  const [documents, events, opinions] = await Promise.all([
    documentsOf(db, application.id),
    eventsOf(db, application.id),
    opinionsForMember(db, viewer, application.id),
  ]);
  return { application, eligibility: eligibilityOf(application), documents, events, ...opinions };
}
