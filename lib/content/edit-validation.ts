import { z } from "zod";
import { figureStatuses } from "./enums";

/**
 * Schemas of the staff content editor, shared by the browser forms and the
 * server actions. One text per locale (en required, ru optional: empty falls
 * back to English on the public pages). Messages are keys under Admin.errors.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text = (max: number, required: boolean) =>
  z
    .string()
    .trim()
    .max(max, "errors.content.tooLong")
    .refine((value) => !CONTROL.test(value), "errors.content.invalid")
    .refine((value) => !required || value.length > 0, "errors.content.required");

const id = z.uuid();

export const partnerEditSchema = z
  .object({ id, nameEn: text(200, true), nameRu: text(200, false), summaryEn: text(2000, true), summaryRu: text(2000, false) })
  .strict();

export const milestoneEditSchema = z
  .object({
    id,
    year: z.coerce.number({ error: "errors.year.invalid" }).int("errors.year.invalid").min(1700, "errors.year.invalid").max(2100, "errors.year.invalid"),
    month: z.union([z.literal(""), z.coerce.number().int().min(1).max(12)], { error: "errors.month.invalid" }),
    summaryEn: text(2000, true),
    summaryRu: text(2000, false),
  })
  .strict();

export const figureEditSchema = z
  .object({
    id,
    value: z.string().trim().regex(/^(-?\d{1,15}(\.\d{1,4})?)?$/, "errors.value.invalid"),
    displayTextEn: text(500, true),
    displayTextRu: text(500, false),
    sourceId: z.string().trim().min(1, "errors.source.invalid").max(100, "errors.source.invalid"),
    sourceDate: z.string().trim().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, "errors.sourceDate.invalid"),
    status: z.enum(figureStatuses, { error: "errors.status.invalid" }),
    statusNoteEn: text(1000, false),
    statusNoteRu: text(1000, false),
  })
  .strict()
  .refine((value) => value.status === "confirmed" || value.statusNoteEn.length > 0, { path: ["statusNoteEn"], message: "errors.statusNote.required" });

export type PartnerEdit = z.output<typeof partnerEditSchema>;
export type MilestoneEdit = z.output<typeof milestoneEditSchema>;
export type FigureEdit = z.output<typeof figureEditSchema>;
