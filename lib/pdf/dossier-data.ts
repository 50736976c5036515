import "server-only";
import type { Database } from "@/db/types";
import { findApplicationFor } from "@/lib/applications/access";
import { documentsOf, eligibilityOf, eventsOf } from "@/lib/applications/staff-detail";
import { recordAudit } from "@/lib/audit/record";
import { assertStaff } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { decisionsOf } from "@/lib/council/decision";
import type { DossierData } from "./dossier";

/**
 * What goes into the council's dossier: any submitted application, for staff
 * only (never the internal notes nor the messages). Each dossier is audited
 * like a document download. Null for a draft or an unknown id.
 */
export async function dossierForStaff(db: Database, viewer: Viewer | null, id: string, ip?: string): Promise<DossierData | null> {
  assertStaff(viewer);
  const application = await findApplicationFor(db, viewer, id);
  if (!application || application.status === "draft") return null;
  const [documents, events, decisions] = await Promise.all([documentsOf(db, application.id), eventsOf(db, application.id), decisionsOf(db, application.id)]);
  await recordAudit(db, { action: "application.dossier_downloaded", actorId: viewer.id, subjectType: "application", subjectId: application.id, ip });
  return { application, eligibility: eligibilityOf(application), documents, events, decisions };
}

/**
 * The applicant's copy of their own submitted application: owner only (staff
 * use the dossier), no council opinions. Null for anyone else, a draft or an
 * unknown id, exactly alike.
 */
export async function copyForOwner(db: Database, viewer: Viewer, id: string): Promise<DossierData | null> {
  const application = await findApplicationFor(db, viewer, id);
  if (!application || application.ownerId !== viewer.id || application.status === "draft") return null;
  const [documents, events] = await Promise.all([documentsOf(db, application.id), eventsOf(db, application.id)]);
  return {
    application,
    eligibility: eligibilityOf(application),
    documents,
    events: events.map(({ at, toStatus, reason, requestedItems }) => ({ at, toStatus, reason, requestedItems })),
    decisions: null,
  };
}
