import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { applicationEvents, applications, emailOutbox } from "@/db/schema";
import type { Database } from "@/db/types";
import { auditInsert } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { renderEmail } from "@/lib/mail/outbox";
import { RULES, throttleBoth } from "@/lib/security/rate-limit";
import { checkEligibility } from "@/lib/sez/eligibility";
import { missingSteps } from "./drafts";
import type { DataStep } from "./validation";

/** Submission of a draft: the throttled entry point of the form and the HTTP route, and the transaction. */

export type SubmitResult =
  | { ok: true; reference: string; applicationId: string }
  | { ok: false; error: "not_found" | "unverified" | "incomplete"; steps?: DataStep[] };

/**
 * Submits the draft exactly once. The winning request turns draft into
 * submitted with a conditional UPDATE (…where status = 'draft'), takes the
 * reference number, and writes the event, the audit row and the confirmation
 * e-mail in the same transaction. Concurrent or repeated submits find the row
 * already submitted and answer with the same reference.
 */
export async function submitDraft(db: Database, viewer: Viewer, applicationId: string, ip?: string): Promise<SubmitResult> {
  if (!viewer.emailVerified) return { ok: false, error: "unverified" };
  return db.transaction(async (tx) => {
    // The application's row lock (as an upload takes it): a document being written now is
    // either committed before this reads the row, or sees "submitted" and is refused.
    const [row] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.ownerId, viewer.id)))
      .for("update");
    if (!row) return { ok: false, error: "not_found" };
    if (row.status !== "draft") return { ok: true, reference: row.reference ?? "", applicationId: row.id };
    const missing = missingSteps(row);
    if (missing.length > 0) return { ok: false, error: "incomplete", steps: missing };

    const eligibility = checkEligibility({
      investmentRub: row.investment!.totalRub,
      capitalSharePercent: row.investment!.capitalSharePercent,
      financingProof: row.investment!.financingProof,
      legalEntity: row.company!.legalEntity,
      sector: row.company!.sector,
    });
    const [submitted] = await tx
      .update(applications)
      .set({
        status: "submitted",
        // Padded to five digits but never cut: lpad truncates longer strings, which
        // would repeat references after number 99,999. The sequence is read once.
        reference: sql`'LOT-' || extract(year from now())::int || '-' || (select lpad(n::text, greatest(5, length(n::text)), '0') from nextval('application_reference_seq') as n)`,
        belowThreshold: !eligibility.eligible,
        submittedAt: sql`now()`,
        statusChangedAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${applications.version} + 1`,
      })
      .where(and(eq(applications.id, row.id), eq(applications.status, "draft")))
      .returning({ reference: applications.reference, companyName: applications.companyName });
    if (!submitted) {
      // Another request won the race while we validated: answer with its reference.
      const [after] = await tx.select({ reference: applications.reference }).from(applications).where(eq(applications.id, row.id));
      return { ok: true, reference: after?.reference ?? "", applicationId: row.id };
    }
    // The viewer was read from the database for this request: its address and language are current.
    const mail = await renderEmail({
      to: viewer.email,
      userId: viewer.id,
      locale: viewer.preferredLocale,
      template: "applicationReceived",
      values: { name: viewer.name, reference: submitted.reference ?? "", company: submitted.companyName ?? "" },
    });
    // The event, the audit row and the outbox e-mail in one statement (one round trip, not
    // three): each INSERT runs exactly once, and all of them commit or none with the update.
    const event = tx.insert(applicationEvents).values({ applicationId: row.id, actorId: viewer.id, fromStatus: "draft", toStatus: "submitted" });
    const audit = auditInsert(tx, { action: "application.submitted", actorId: viewer.id, subjectType: "application", subjectId: row.id, ip });
    await tx.execute(sql`with submitted_event as (${event.getSQL()}), submitted_audit as (${audit.getSQL()}) ${tx.insert(emailOutbox).values(mail).getSQL()}`);
    return { ok: true, reference: submitted.reference ?? "", applicationId: row.id };
  });
}

export type ThrottledSubmitResult = SubmitResult | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * The one submission path of the form's server action and of the HTTP route:
 * the per-account and per-address counters first (shared through Postgres),
 * then the idempotent submitDraft transaction.
 */
export async function submitApplication(db: Database, viewer: Viewer, applicationId: string, ip: string): Promise<ThrottledSubmitResult> {
  const limit = await throttleBoth(db, { account: RULES.submit, address: RULES.submitAddress }, { actorId: viewer.id, ip });
  if (!limit.allowed) return { ok: false, error: "throttled", retryAfterSeconds: limit.retryAfterSeconds };
  return submitDraft(db, viewer, applicationId, ip);
}
