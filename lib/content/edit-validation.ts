import { z } from "zod";
import { figureStatuses } from "./enums";
import { localizedShape } from "./localized-fields";

/**
 * Schemas of the staff content editor, shared by the browser forms and the
 * server actions. One text per configured locale (English required, others
 * optional: empty falls back to English on the public pages). Messages are keys under Admin.errors.
 */


const id = z.uuid();

export const partnerEditSchema = z
  .object({ id, ...localizedShape("name", 200), ...localizedShape("summary", 2000) })
  .strict();

export const milestoneEditSchema = z
  .object({
    id,
    year: z.coerce.number({ error: "errors.year.invalid" }).int("errors.year.invalid").min(1700, "errors.year.invalid").max(2100, "errors.year.invalid"),
    month: z.union([z.literal(""), z.coerce.number().int().min(1).max(12)], { error: "errors.month.invalid" }),
    ...localizedShape("summary", 2000),
  })
  .strict();

export const figureEditSchema = z
  .object({
    id,
    value: z.string().trim().regex(/^(-?\d{1,15}(\.\d{1,4})?)?$/, "errors.value.invalid"),
    ...localizedShape("displayText", 500),
    sourceId: z.string().trim().min(1, "errors.source.invalid").max(100, "errors.source.invalid"),
    sourceDate: z.string().trim().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, "errors.sourceDate.invalid"),
    status: z.enum(figureStatuses, { error: "errors.status.invalid" }),
    ...localizedShape("statusNote", 1000, true),
  })
  .strict()
  .refine((value) => value.status === "confirmed" || String((value as Record<string, unknown>).statusNoteEn ?? "").length > 0, { path: ["statusNoteEn"], message: "errors.statusNote.required" });

export type PartnerEdit = z.output<typeof partnerEditSchema>;
export type MilestoneEdit = z.output<typeof milestoneEditSchema>;
export type FigureEdit = z.output<typeof figureEditSchema>;
