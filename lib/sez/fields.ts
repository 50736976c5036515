import "@/lib/zod-setup";
import { z } from "zod";
import { MAX_AMOUNT_DIGITS, parsePercent, parseWholeNumber } from "./number";

/**
 * zod building blocks shared by the SEZ forms. Every message is a translation
 * KEY of the form `errors.<field>.<problem>`; pages translate it, the schema never
 * speaks English. Inputs accept what FormData (strings) and react-hook-form
 * (strings, numbers, booleans) send; outputs are clean numbers and literals.
 */

export const errorKey = (field: string, problem: string) => `errors.${field}.${problem}`;

const isMissing = (input: unknown) => input === undefined || input === null || input === "";

const stringOrNumber = (field: string) =>
  z.union([z.string(), z.number()], {
    error: (issue) => errorKey(field, isMissing(issue.input) ? "required" : "notANumber"),
  });

/** Whole roubles, 0 allowed. Problems: required, notANumber, negative, notWhole, tooLarge. */
export function wholeRoublesField(field: string, maxDigits = MAX_AMOUNT_DIGITS) {
  return stringOrNumber(field).transform((input, ctx) => {
    const parsed = parseWholeNumber(input, maxDigits);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: errorKey(field, parsed.error) });
    return z.NEVER;
  });
}

/** 0–100 %. Problems: required, notANumber, outOfRange, tooPrecise. */
export function percentField(field: string, maxDecimals = 2) {
  return stringOrNumber(field).transform((input, ctx) => {
    const parsed = parsePercent(input, maxDecimals);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: errorKey(field, parsed.error) });
    return z.NEVER;
  });
}

/** A closed set. Problems: required (empty or absent), invalid (anything else). */
export function choiceField<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, {
    error: (issue) => errorKey(field, isMissing(issue.input) ? "required" : "invalid"),
  });
}

/** A checkbox: FormData sends "on" (or absent), react-hook-form sends a boolean. */
export function checkboxField(field: string) {
  return z
    .union([z.boolean(), z.enum(["on", "true", "false"])], { error: errorKey(field, "invalid") })
    .optional()
    .transform((value) => value === true || value === "on" || value === "true");
}

/** Picks `keys` from FormData; absent fields become undefined (→ "required"). */
export function formDataObject(formData: FormData, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, formData.get(key) ?? undefined]));
}
