import "server-only";
import { toLocalized } from "./localized-fields";
import { asc, eq, sql } from "drizzle-orm";
import { contentSources, milestones, partners, sezFigures } from "@/db/schema";
import type { Database } from "@/db/types";
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

async function audit(db: Database, viewer: Viewer, table: string, key: string) {
  await recordAudit(db, { action: "content.updated", actorId: viewer.id, subjectType: table, subjectId: key });
}

export async function updatePartner(db: Database, viewer: Viewer | null, input: PartnerEdit): Promise<ContentResult> {
  assertStaff(viewer);
  const [current] = await db.select().from(partners).where(eq(partners.id, input.id));
  if (!current) return { ok: false, error: "not_found" };
  await db
    .update(partners)
    .set({ name: toLocalized(current.name, input, "name"), summary: toLocalized(current.summary, input, "summary"), updatedAt: sql`now()` })
    .where(eq(partners.id, current.id));
  await audit(db, viewer, "partner", current.slug);
  return { ok: true, slug: current.slug };
}

export async function updateMilestone(db: Database, viewer: Viewer | null, input: MilestoneEdit): Promise<ContentResult> {
  assertStaff(viewer);
  const [current] = await db.select().from(milestones).where(eq(milestones.id, input.id));
  if (!current) return { ok: false, error: "not_found" };
  const month = input.month === "" ? null : input.month;
  await db
    .update(milestones)
    .set({ year: input.year, month, day: month === null ? null : current.day, summary: toLocalized(current.summary, input, "summary"), updatedAt: sql`now()` })
    .where(eq(milestones.id, current.id));
  await audit(db, viewer, "milestone", current.key);
  return { ok: true };
}

export async function updateSezFigure(db: Database, viewer: Viewer | null, input: FigureEdit): Promise<ContentResult> {
  assertStaff(viewer);
  const [current] = await db.select().from(sezFigures).where(eq(sezFigures.id, input.id));
  if (!current) return { ok: false, error: "not_found" };
  const value = input.value === "" ? null : Number(input.value);
  if (value !== null && current.unit === null) return { ok: false, error: "no_unit" };
  const [source] = await db.select({ id: contentSources.id }).from(contentSources).where(eq(contentSources.id, input.sourceId));
  if (!source) return { ok: false, error: "unknown_source" };
  const statusNote = (input as Record<string, unknown>).statusNoteEn ? toLocalized(current.statusNote, input, "statusNote") : null;
  await db
    .update(sezFigures)
    .set({
      value,
      displayText: toLocalized(current.displayText, input, "displayText"),
      sourceId: source.id,
      sourceDate: input.sourceDate || null,
      status: input.status,
      statusNote,
      updatedAt: sql`now()`,
    })
    .where(eq(sezFigures.id, current.id));
  await audit(db, viewer, "sez_figure", current.key);
  return { ok: true };
}
