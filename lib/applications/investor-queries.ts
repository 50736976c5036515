import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { applicationDocuments, applicationEvents, applications, stageDurations, type RequestedItem } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { findApplicationFor } from "./access";
import type { ApplicationStatus } from "./status";

/** The investor's own applications, newest first: public-to-them fields only. */
export async function listMyApplications(db: Database, viewer: Viewer) {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      companyName: applications.companyName,
      status: applications.status,
      createdAt: applications.createdAt,
      submittedAt: applications.submittedAt,
      statusChangedAt: applications.statusChangedAt,
      lastStep: applications.lastStep,
    })
    .from(applications)
    .where(eq(applications.ownerId, viewer.id))
    .orderBy(desc(applications.createdAt));
}

export interface TimelineEntry {
  at: Date;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  reason: string | null;
  requestedItems: RequestedItem[] | null;
}

/**
 * One application with its timeline, documents and the open information
 * request, for its owner (or staff); null for anyone else, exactly as for an
 * id that does not exist. Internal notes are never part of this.
 */
export async function getApplicationForApplicant(db: Database, viewer: Viewer, id: string) {
  const application = await findApplicationFor(db, viewer, id);
  if (!application || application.ownerId !== viewer.id) return null;
  const [events, documents, durations] = await Promise.all([
    db
      .select({
        at: applicationEvents.at,
        from: applicationEvents.fromStatus,
        to: applicationEvents.toStatus,
        reason: applicationEvents.reason,
        requestedItems: applicationEvents.requestedItems,
      })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, application.id))
      .orderBy(asc(applicationEvents.at)),
    db
      .select({
        id: applicationDocuments.id,
        slot: applicationDocuments.slot,
        fileName: applicationDocuments.fileName,
        sizeBytes: applicationDocuments.sizeBytes,
        createdAt: applicationDocuments.createdAt,
      })
      .from(applicationDocuments)
      .where(eq(applicationDocuments.applicationId, application.id)),
    db.select().from(stageDurations),
  ]);
  const lastRequest = [...events].reverse().find((event) => event.to === "info_requested");
  return {
    application,
    events: events as TimelineEntry[],
    documents,
    expectedDays: Object.fromEntries(durations.map((row) => [row.status, row.expectedDays])) as Partial<Record<ApplicationStatus, number>>,
    openRequest: application.status === "info_requested" ? (lastRequest?.requestedItems ?? []) : null,
  };
}
