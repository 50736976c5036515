import "server-only";
import { toLocalized } from "./localized-fields";
import { asc, eq, sql } from "drizzle-orm";
import { contentSources, milestones, partners, sezFigures } from "@/db/schema";
import type { Database, Transaction } from "@/db/types";
import { assertStaff } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import type { FigureEdit, MilestoneEdit, PartnerEdit } from "./edit-validation";

/** Content editing for staff: lists with every locale's text, and updates with an audit row each. */

export async function listContentForEditing(db: Database, viewer: Viewer | null) {
  assertStaff(viewer);
  const [partnerRows, milestoneRows, figureRows, sources] = await Promise.all([
    db.select({ id: partners.id, slug: partners.slug, name: partners.name, summary: partners.summary }).from(partners).orderBy(asc(partners.sortOrder), asc(partners.slug)),
    db
      .select({ id: milestones.id, key: milestones.key, year: milestones.year, month: milestones.month, summary: milestones.summary })
      .from(milestones)
      .orderBy(asc(milestones.year), asc(milestones.month), asc(milestones.key)),
    db
      .select({
        id: sezFigures.id,
        key: sezFigures.key,
        label: sezFigures.label,
        value: sezFigures.value,
        unit: sezFigures.unit,
        displayText: sezFigures.displayText,
        sourceId: sezFigures.sourceId,
        sourceDate: sezFigures.sourceDate,
        status: sezFigures.status,
        statusNote: sezFigures.statusNote,
      })
      .from(sezFigures)
      .orderBy(asc(sezFigures.category), asc(sezFigures.sortOrder)),
    db.select({ id: contentSources.id, title: contentSources.title }).from(contentSources).orderBy(asc(contentSources.id)),
  ]);
  return { partners: partnerRows, milestones: milestoneRows, figures: figureRows, sources };
}

export type ContentResult = { ok: true; slug?: string } | { ok: false; error: "not_found" | "no_unit" | "unknown_source" };

/**
 * The columns of `next` whose value differs from `current`, added to the ones
 * staff changed before: the seed leaves these alone (db/seed/content/upsert.ts).
 * Saving a form unchanged marks nothing.
 */
export function editedFields(current: Record<string, unknown> & { editedFields: string[] }, next: Record<string, unknown>): string[] {
  const changed = Object.keys(next).filter((key) => key !== "updatedAt" && JSON.stringify(current[key] ?? null) !== JSON.stringify(next[key] ?? null));
  return [...new Set([...current.editedFields, ...changed])].sort();
}

/** The row's update and its audit row commit together or not at all, under the row's lock. */
async function audit(tx: Transaction, viewer: Viewer, table: string, key: string) {
  await recordAudit(tx, { action: "content.updated", actorId: viewer.id, subjectType: table, subjectId: key });
}

export async function updatePartner(db: Database, viewer: Viewer | null, input: PartnerEdit): Promise<ContentResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(partners).where(eq(partners.id, input.id)).for("update");
    if (!current) return { ok: false, error: "not_found" } as const;
    const next = { name: toLocalized(current.name, input, "name"), summary: toLocalized(current.summary, input, "summary") };
    await tx
      .update(partners)
      .set({ ...next, editedFields: editedFields(current, next), updatedAt: sql`now()` })
      .where(eq(partners.id, current.id));
    await audit(tx, viewer, "partner", current.slug);
    return { ok: true, slug: current.slug } as const;
  });
}

export async function updateMilestone(db: Database, viewer: Viewer | null, input: MilestoneEdit): Promise<ContentResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(milestones).where(eq(milestones.id, input.id)).for("update");
    if (!current) return { ok: false, error: "not_found" } as const;
    const month = input.month === "" ? null : input.month;
    const next = { year: input.year, month, day: month === null ? null : current.day, summary: toLocalized(current.summary, input, "summary") };
    await tx
      .update(milestones)
      .set({ ...next, editedFields: editedFields(current, next), updatedAt: sql`now()` })
      .where(eq(milestones.id, current.id));
    await audit(tx, viewer, "milestone", current.key);
    return { ok: true } as const;
  });
}

export async function updateSezFigure(db: Database, viewer: Viewer | null, input: FigureEdit): Promise<ContentResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(sezFigures).where(eq(sezFigures.id, input.id)).for("update");
    if (!current) return { ok: false, error: "not_found" } as const;
    const value = input.value === "" ? null : Number(input.value);
    if (value !== null && current.unit === null) return { ok: false, error: "no_unit" } as const;
    const [source] = await tx.select({ id: contentSources.id }).from(contentSources).where(eq(contentSources.id, input.sourceId));
    if (!source) return { ok: false, error: "unknown_source" } as const;
    const statusNote = (input as Record<string, unknown>).statusNoteEn ? toLocalized(current.statusNote, input, "statusNote") : null;
    const next = {
      value,
      displayText: toLocalized(current.displayText, input, "displayText"),
      sourceId: source.id,
      sourceDate: input.sourceDate || null,
      status: input.status,
      statusNote,
    };
    await tx
      .update(sezFigures)
      .set({ ...next, editedFields: editedFields(current, next), updatedAt: sql`now()` })
      .where(eq(sezFigures.id, current.id));
    await audit(tx, viewer, "sez_figure", current.key);
    return { ok: true } as const;
  });
}
