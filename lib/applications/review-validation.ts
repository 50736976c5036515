import { z } from "zod";
import { DOCUMENT_SLOTS } from "./constants";
import { textField } from "./fields";
import { APPLICATION_STATUSES } from "./status";

/**
 * Schemas of the staff review actions, shared by the browser forms and the
 * server actions. Browser-safe. `.strict()`: an unexpected field (ownerId,
 * status on a note, …) is refused rather than ignored.
 */

/** What staff may ask the applicant to correct: every field of the form, and each document slot. */
export const REQUESTABLE_FIELDS = {
  company: ["legalName", "country", "registrationNumber", "website", "sector", "size", "legalEntity", "inn", "ogrn"],
  project: [
    "title",
    "description",
    "products",
    "landHa",
    "premisesM2",
    "powerKw",
    "waterM3PerDay",
    "gasM3PerHour",
    "jobs",
    "constructionYear",
    "constructionQuarter",
    "productionYear",
    "productionQuarter",
  ],
  investment: ["totalRub", "capitalSharePercent", "financingSource", "financingProof"],
  contact: ["person", "position", "email", "phone", "preferredLanguage"],
  documents: [...DOCUMENT_SLOTS],
} as const;

/** "company.website", "documents.tax_registration", … */
export const REQUESTABLE_PATHS: string[] = Object.entries(REQUESTABLE_FIELDS).flatMap(([group, fields]) =>
  (fields as readonly string[]).map((field) => `${group}.${field}`),
);

const id = z.uuid({ error: "errors.form.unexpectedFields" });
const version = z.coerce.number().int().min(1).max(2_147_483_647);

export const requestedItemSchema = z
  .object({
    field: z.string().refine((value) => REQUESTABLE_PATHS.includes(value), "errors.requestedItems.invalid"),
    comment: z.string().trim().max(1000, "errors.comment.tooLong").default(""),
  })
  .strict();

export const transitionSchema = z
  .object({
    applicationId: id,
    to: z.enum(APPLICATION_STATUSES),
    expectedVersion: version,
    reason: z.string().trim().max(5000, "errors.reason.tooLong").default(""),
    requestedItems: z.array(requestedItemSchema).max(REQUESTABLE_PATHS.length).default([]),
  })
  .strict()
  .refine((value) => new Set(value.requestedItems.map((item) => item.field)).size === value.requestedItems.length, {
    path: ["requestedItems"],
    message: "errors.requestedItems.invalid",
  });
export type TransitionInput = z.input<typeof transitionSchema>;

export const assignSchema = z
  .object({
    applicationId: id,
    /** A reviewer's id, or "" to unassign. */
    reviewerId: z.union([z.uuid(), z.literal("")]),
    expectedVersion: version,
  })
  .strict();

export const noteSchema = z.object({ applicationId: id, body: textField("note", { max: 5000, multiline: true }) }).strict();
export const messageSchema = z.object({ applicationId: id, body: textField("message", { max: 5000, multiline: true }) }).strict();
