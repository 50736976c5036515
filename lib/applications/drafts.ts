import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { applications, type Application } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
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
