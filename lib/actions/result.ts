import type { z } from "zod";

/**
 * The one result shape of every server action. Expected failures carry a
 * code (a translation key under Forms.codes) and per-field error keys;
 * unexpected ones are logged and answered with the generic "server" code.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: string; fieldErrors?: Record<string, string>; retryAfterSeconds?: number };

export function success<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function failure(code: string, extra: { fieldErrors?: Record<string, string>; retryAfterSeconds?: number } = {}): ActionResult<never> {
  return { ok: false, code, ...extra };
}

/** zod issues → { field: firstErrorKey }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    if (issue.code === "unrecognized_keys") {
      errors.form ??= "errors.form.unexpectedFields";
      continue;
    }
    errors[field] ??= issue.message.startsWith("errors.") ? issue.message : `errors.${field}.invalid`;
  }
  return errors;
}

export function invalid(error: z.ZodError): ActionResult<never> {
  return failure("invalid", { fieldErrors: fieldErrorsOf(error) });
}
