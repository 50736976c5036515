import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { applicationEvents, applications, type RequestedItem } from "@/db/schema";
import type { Database, DbOrTx } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { derivedColumns } from "./drafts";
import { stepSchemas, type DataStep } from "./validation";

/** The items staff flagged in the latest request for more information. */
export async function openRequestItems(db: DbOrTx, applicationId: string): Promise<RequestedItem[]> {
  const [event] = await db
    .select({ items: applicationEvents.requestedItems })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.toStatus, "info_requested")))
    .orderBy(desc(applicationEvents.at))
    .limit(1);
  return event?.items ?? [];
}

/** Field names of one step that staff flagged ("company.website" → "website"). */
export function flaggedFieldsOf(items: RequestedItem[], step: string): string[] {
  return items.filter((item) => item.field.startsWith(`${step}.`)).map((item) => item.field.slice(step.length + 1));
}

export type FlaggedSaveResult =
  | { ok: true }
  | { ok: false; error: "not_found" | "locked" | "not_flagged" }
  | { ok: false; error: "invalid"; issues: import("zod").ZodError };

/**
 * While information is requested the investor may change only the flagged
 * fields: everything else is taken from what was submitted, whatever the
 * request carries. The merged step is validated again as a whole.
 */
export async function saveFlaggedFields(db: Database, viewer: Viewer, applicationId: string, step: DataStep, input: Record<string, unknown>): Promise<FlaggedSaveResult> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.ownerId, viewer.id)));
  if (!row) return { ok: false, error: "not_found" };
  if (row.status !== "info_requested") return { ok: false, error: "locked" };
  const allowed = flaggedFieldsOf(await openRequestItems(db, row.id), step);
  if (allowed.length === 0) return { ok: false, error: "not_flagged" };
  const stored = (row[step] ?? {}) as Record<string, unknown>;
  const merged = { ...stored, ...Object.fromEntries(allowed.filter((key) => key in input).map((key) => [key, input[key]])) };
  const parsed = stepSchemas[step].safeParse(merged);
  if (!parsed.success) return { ok: false, error: "invalid", issues: parsed.error };
  await db
    .update(applications)
    .set({ [step]: parsed.data, ...derivedColumns(step, parsed.data as never), version: sql`${applications.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(applications.id, row.id), eq(applications.status, "info_requested")));
  return { ok: true };
}
