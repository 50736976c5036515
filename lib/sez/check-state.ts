import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/result";

/**
 * What the SEZ calculators' server actions return (used when the browser runs
 * no JavaScript, or as a second opinion): the typed values, so the form shows
 * them again, per-field error keys, and the result of the pure rule.
 */
export type CheckState<R> = {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  result: R | null;
};

/** Longest value echoed back into the form; longer input is invalid anyway. */
const MAX_ECHO = 64;

export function emptyCheckState<R>(keys: readonly string[]): CheckState<R> {
  return { values: Object.fromEntries(keys.map((key) => [key, ""])), fieldErrors: {}, result: null };
}

/** The submitted strings of `keys` (files and absent fields become ""). */
export function submittedValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = formData.get(key);
      return [key, typeof value === "string" ? value.slice(0, MAX_ECHO) : ""];
    }),
  );
}

/** Validates FormData with `parse` and runs `compute` on success. */
export function runCheck<T, R>(
  formData: FormData,
  keys: readonly string[],
  parse: (formData: FormData) => z.ZodSafeParseResult<T>,
  compute: (input: T) => R,
): CheckState<R> {
  const values = submittedValues(formData, keys);
  const parsed = parse(formData);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), result: null };
  return { values, fieldErrors: {}, result: compute(parsed.data) };
}
