import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { applicationEvents, applications, emailOutbox, type Application } from "@/db/schema";
import type { Database } from "@/db/types";
import { auditInsert } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { renderEmail } from "@/lib/mail/outbox";
import { checkEligibility } from "@/lib/sez/eligibility";
import { FORM_STEPS, type FormStep } from "./constants";
import { stepSchemas, type CompanyStep, type ContactStep, type DataStep, type InvestmentStep, type ProjectStep } from "./validation";

/**
 * Starts a draft. The key comes from the page that offered "Start": a double
 * click, a retry or a second tab posts the same key and gets the same draft
 * (unique index on owner + key, INSERT … ON CONFLICT DO NOTHING).
 */
export async function startDraft(db: Database, viewer: Viewer, idempotencyKey: string, country?: string): Promise<Application> {
  const [created] = await db
    .insert(applications)
    .values({ ownerId: viewer.id, idempotencyKey, country: country ?? null })
    .onConflictDoNothing({ target: [applications.ownerId, applications.idempotencyKey] })
    .returning();
  if (created) return created;
  const [existing] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.ownerId, viewer.id), eq(applications.idempotencyKey, idempotencyKey)));
  if (!existing) throw new Error("draft vanished after conflict");
  return existing;
}

/** The investor's most recent unsent draft, to resume where they stopped. */
export async function findOpenDraft(db: Database, viewer: Viewer): Promise<Application | null> {
  const [draft] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.ownerId, viewer.id), eq(applications.status, "draft")))
    .orderBy(desc(applications.updatedAt))
    .limit(1);
  return draft ?? null;
}

/** Columns the staff queue filters on, derived from the step data. */
export function derivedColumns(step: DataStep, data: CompanyStep | ProjectStep | InvestmentStep | ContactStep) {
  switch (step) {
    case "company": {
      const company = data as CompanyStep;
      return { companyName: company.legalName, country: company.country, sector: company.sector };
    }
    case "investment": {
      const investment = data as InvestmentStep;
      return { investmentRub: investment.totalRub };
    }
    case "contact": {
      const contact = data as ContactStep;
      return { contactName: contact.person, contactEmail: contact.email };
    }
    default:
      return {};
  }
}

export type SaveStepResult = { ok: true; nextStep: FormStep } | { ok: false; error: "not_found" | "locked" };

/** The later of two steps: saving an early step again never loses the place reached. */
function furthest(a: string, b: FormStep): FormStep {
  const index = Math.max(FORM_STEPS.indexOf(a as FormStep), FORM_STEPS.indexOf(b));
  return FORM_STEPS[index] ?? b;
}

/**
 * Saves one validated step of the investor's own draft. The data was parsed
 * with the step's schema by the caller; ownership and the draft status are
 * part of the UPDATE's WHERE clause, so nothing else can be written here.
 */
export async function saveStep(db: Database, viewer: Viewer, applicationId: string, step: DataStep, data: unknown): Promise<SaveStepResult> {
  const nextStep = FORM_STEPS[FORM_STEPS.indexOf(step) + 1] ?? "review";
  const [row] = await db
    .select({ status: applications.status, lastStep: applications.lastStep })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.ownerId, viewer.id)));
  if (!row) return { ok: false, error: "not_found" };
  const [updated] = await db
    .update(applications)
    .set({
      [step]: data,
      ...derivedColumns(step, data as CompanyStep),
      lastStep: furthest(row.lastStep, nextStep),
      version: sql`${applications.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(applications.id, applicationId), eq(applications.ownerId, viewer.id), eq(applications.status, "draft")))
    .returning({ id: applications.id });
  return updated ? { ok: true, nextStep } : { ok: false, error: "locked" };
}

/** Every step present and still valid under today's schemas: the steps to fix, or none. */
export function missingSteps(application: Pick<Application, DataStep>): DataStep[] {
  return (Object.keys(stepSchemas) as DataStep[]).filter((step) => {
    const value = application[step];
    return !value || !stepSchemas[step].safeParse(toFormInput(value)).success;
  });
}

/** Stored step output → schema input (checkboxes and numbers are accepted as they are). */
function toFormInput(value: object): Record<string, unknown> {
  return { ...value };
}

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
    const [row] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.ownerId, viewer.id)));
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
