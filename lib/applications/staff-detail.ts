import "server-only";
import { asc, eq } from "drizzle-orm";
import { applicationDocuments, applicationEvents, applicationNotes, users, type Application, type RequestedItem } from "@/db/schema";
import type { Database, DbOrTx } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { checkEligibility, type EligibilityResult } from "@/lib/sez/eligibility";
import { findApplicationFor } from "./access";
import { listMessages, type ThreadMessage } from "./messages";
import { assertStaff } from "@/lib/auth/roles";
import type { ApplicationStatus } from "./status";

export interface ReviewDocument {
  id: string;
  slot: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
}

export interface ReviewEvent {
  id: string;
  at: Date;
  actorName: string | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reason: string | null;
  requestedItems: RequestedItem[] | null;
}

export interface ReviewNote {
  id: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface ApplicationReview {
  application: Application;
  reviewerName: string | null;
  eligibility: EligibilityResult | null;
  documents: ReviewDocument[];
  events: ReviewEvent[];
  notes: ReviewNote[];
  messages: ThreadMessage[];
}

/** The rules' verdict on what the applicant declared; null while a step is missing. */
export function eligibilityOf(application: Pick<Application, "company" | "investment">): EligibilityResult | null {
  const { company, investment } = application;
  if (!company || !investment) return null;
  return checkEligibility({
    investmentRub: investment.totalRub,
    capitalSharePercent: investment.capitalSharePercent,
    financingProof: investment.financingProof,
    legalEntity: company.legalEntity,
    sector: company.sector,
  });
}

/** Document metadata, by slot. Callers check the viewer first. */
export function documentsOf(db: DbOrTx, applicationId: string): Promise<ReviewDocument[]> {
  return db
    .select({
      id: applicationDocuments.id,
      slot: applicationDocuments.slot,
      fileName: applicationDocuments.fileName,
      mimeType: applicationDocuments.mimeType,
      sizeBytes: applicationDocuments.sizeBytes,
      createdAt: applicationDocuments.createdAt,
    })
    .from(applicationDocuments)
    .where(eq(applicationDocuments.applicationId, applicationId))
    .orderBy(asc(applicationDocuments.slot));
}

/** The status changes with who made them, oldest first. Callers check the viewer first. */
export function eventsOf(db: DbOrTx, applicationId: string): Promise<ReviewEvent[]> {
  return db
    .select({
      id: applicationEvents.id,
      at: applicationEvents.at,
      actorName: users.name,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      reason: applicationEvents.reason,
      requestedItems: applicationEvents.requestedItems,
    })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
}

/**
 * Everything a reviewer needs on one page, for staff only: the application as
 * sent, its documents (metadata; the bytes come from /api/documents/[id]),
 * the timeline, internal notes and the thread with the applicant.
 * Null for a draft, an unknown id or a non-staff viewer.
 */
export async function getApplicationForReviewer(db: Database, viewer: Viewer | null, id: string): Promise<ApplicationReview | null> {
  assertStaff(viewer);
  const application = await findApplicationFor(db, viewer, id);
  if (!application || application.status === "draft") return null;
  const [documents, events, notes, messages, reviewer] = await Promise.all([
    documentsOf(db, application.id),
    eventsOf(db, application.id),
    db
      .select({ id: applicationNotes.id, authorName: users.name, body: applicationNotes.body, createdAt: applicationNotes.createdAt })
      .from(applicationNotes)
      .leftJoin(users, eq(users.id, applicationNotes.authorId))
      .where(eq(applicationNotes.applicationId, application.id))
      .orderBy(asc(applicationNotes.createdAt), asc(applicationNotes.id)),
    listMessages(db, viewer, application.id),
    application.assignedReviewerId
      ? db.select({ name: users.name }).from(users).where(eq(users.id, application.assignedReviewerId))
      : Promise.resolve([]),
  ]);
  return {
    application,
    reviewerName: reviewer[0]?.name ?? null,
    eligibility: eligibilityOf(application),
    documents,
    events,
    notes,
    messages: messages ?? [],
  };
}
