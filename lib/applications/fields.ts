import "@/lib/zod-setup";
import { z } from "zod";
import { errorKey } from "@/lib/sez/fields";
import { normaliseDigits } from "@/lib/sez/number";

// zod building blocks for the application form. Messages are translation keys
// (`errors.<field>.<problem>`), like lib/sez/fields.ts. Inputs are what a form
// or FormData sends (strings); outputs are clean values.

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trimmed text of bounded length without control characters (newlines only where `multiline`). */
export function textField(field: string, { min = 1, max, multiline = false }: { min?: number; max: number; multiline?: boolean }) {
  return z
    .string({ error: errorKey(field, "required") })
    .trim()
    .min(1, errorKey(field, "required"))
    .min(min, errorKey(field, "tooShort"))
    .max(max, errorKey(field, "tooLong"))
    .refine((value) => !CONTROL.test(value) && (multiline || !/[\r\n]/.test(value)), errorKey(field, "invalid"));
}

/** A non-negative decimal up to `max`, "." or "," as the decimal mark; empty means 0 when optional. */
export function quantityField(field: string, { max, maxDecimals = 2, optional = false }: { max: number; maxDecimals?: number; optional?: boolean }) {
  return z.union([z.string(), z.number()], { error: errorKey(field, "notANumber") }).transform((input, ctx) => {
    const text = typeof input === "number" ? String(input) : normaliseDigits(input.trim()).replace(/[\s\u00A0\u202F]/g, "");
    if (text === "") {
      if (optional) return 0;
      ctx.addIssue({ code: "custom", message: errorKey(field, "required") });
      return z.NEVER;
    }
    const match = /^(-?)(\d{1,12})(?:[.,](\d+))?$/.exec(text);
    const problem = !match ? "notANumber" : match[1] ? "negative" : (match[3]?.length ?? 0) > maxDecimals ? "tooPrecise" : null;
    const value = match ? Number(`${match[2]}.${match[3] ?? "0"}`) : NaN;
    if (problem || !Number.isFinite(value)) {
      ctx.addIssue({ code: "custom", message: errorKey(field, problem ?? "notANumber") });
      return z.NEVER;
    }
    if (value > max) {
      ctx.addIssue({ code: "custom", message: errorKey(field, "tooLarge") });
      return z.NEVER;
    }
    return value;
  });
}

/** http(s) only: `javascript:` and friends never reach a link. Empty is allowed. */
export function websiteField(field: string) {
  return z
    .string({ error: errorKey(field, "invalid") })
    .trim()
    .max(300, errorKey(field, "tooLong"))
    .refine((value) => {
      if (value === "") return true;
      try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
      } catch {
        return false;
      }
    }, errorKey(field, "invalid"));
}

/** International format: +, country code, 7 to 15 digits in all; spaces, dots, dashes and brackets allowed. */
export function phoneField(field: string) {
  return z
    .string({ error: errorKey(field, "required") })
    .trim()
    .min(1, errorKey(field, "required"))
    .max(30, errorKey(field, "invalid"))
    // Spaces, not any whitespace: a newline in a phone number is a header-injection attempt, not formatting.
    .refine((value) => /^\+[\d \u00a0().-]+$/.test(value), errorKey(field, "international"))
    .transform((value) => `+${value.replace(/\D/g, "")}`)
    .refine((value) => /^\+[1-9]\d{6,14}$/.test(value), errorKey(field, "international"));
}

/** Russian taxpayer number of an organisation (10 digits) with its check digit. */
export function isValidInn(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return (sum % 11) % 10 === Number(value[9]);
}

/** Russian primary state registration number (13 digits) with its check digit. */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number((BigInt(value.slice(0, 12)) % 11n) % 10n) === Number(value[12]);
}

export const YEARS = { min: 2025, max: 2045 } as const;

export function yearField(field: string) {
  return z.union([z.string(), z.number()], { error: errorKey(field, "required") }).transform((input, ctx) => {
    const year = Number(String(input).trim());
    if (String(input).trim() === "") {
      ctx.addIssue({ code: "custom", message: errorKey(field, "required") });
      return z.NEVER;
    }
    if (!Number.isInteger(year) || year < YEARS.min || year > YEARS.max) {
      ctx.addIssue({ code: "custom", message: errorKey(field, "outOfRange") });
      return z.NEVER;
    }
    return year;
  });
}

export function quarterField(field: string) {
  return z.union([z.string(), z.number()], { error: errorKey(field, "required") }).transform((input, ctx) => {
    const quarter = Number(String(input).trim());
    if (![1, 2, 3, 4].includes(quarter)) {
      ctx.addIssue({ code: "custom", message: errorKey(field, String(input).trim() === "" ? "required" : "invalid") });
      return z.NEVER;
    }
    return quarter as 1 | 2 | 3 | 4;
  });
}
