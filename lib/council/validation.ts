import { z } from "zod";
import { requestedItemSchema } from "@/lib/applications/review-validation";
import { textField } from "@/lib/applications/fields";
import { COUNCIL_OUTCOMES } from "./enums";

/** Schemas of the council's forms, shared by the browser and the server actions. Browser-safe. */

export const opinionSchema = z
  .object({
    applicationId: z.uuid(),
    recommendation: z.enum(COUNCIL_OUTCOMES, { error: "errors.recommendation.required" }),
    reason: textField("opinionReason", { max: 5000, multiline: true }),
  })
  .strict();
export type OpinionInput = z.output<typeof opinionSchema>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const decisionSchema = z
  .object({
    applicationId: z.uuid(),
    expectedVersion: z.coerce.number().int().positive(),
    outcome: z.enum(COUNCIL_OUTCOMES, { error: "errors.outcome.required" }),
    meetingDate: z
      .string()
      .regex(isoDate, "errors.meetingDate.invalid")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "errors.meetingDate.invalid")
      // A meeting that has taken place: not after today (a day of slack for time zones east of UTC).
      .refine((value) => Date.parse(`${value}T00:00:00Z`) <= Date.now() + 24 * 60 * 60 * 1000, "errors.meetingDate.future"),
    reason: z.string().trim().max(5000, "errors.reason.tooLong").default(""),
    requestedItems: z.array(requestedItemSchema).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.outcome !== "approve" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reason.required" });
    if (value.outcome === "information" && value.requestedItems.length === 0)
      ctx.addIssue({ code: "custom", path: ["requestedItems"], message: "errors.requestedItems.required" });
  });
export type DecisionInput = z.output<typeof decisionSchema>;
