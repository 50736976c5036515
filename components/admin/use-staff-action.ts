"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/result";

/**
 * Runs a staff server action from a small client form: the shared zod schema
 * first (when given), then the action, which validates again. Error codes are
 * translated from Admin.codes or Forms.codes, field errors from Admin.errors.
 * Nothing typed is cleared on failure; a pending action cannot be sent twice.
 */
export function useStaffAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, schema?: z.ZodType) {
  const tForms = useTranslations("Forms");
  const t = useTranslations("Admin");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const fieldMessage = (key: string) => (t.has(key as never) ? t(key as never) : tForms("errors.generic"));
  const codeMessage = (value: string) => {
    if (t.has(`codes.${value}` as never)) return t(`codes.${value}` as never);
    return tForms.has(`codes.${value}` as never) ? tForms(`codes.${value}` as never) : tForms("codes.server");
  };
  const fail = (value: string, fields: Record<string, string> = {}) => {
    setCode(value);
    setError(codeMessage(value));
    setFieldErrors(Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, fieldMessage(key)])));
  };

  const run = (input: I, onSuccess?: (data: T) => void) => {
    if (pending) return;
    setError(null);
    setCode(null);
    setFieldErrors({});
    if (schema) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return fail("invalid", fieldErrorsOf(parsed.error));
    }
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(input);
      } catch {
        fail("network");
        return;
      }
      if (result.ok) onSuccess?.(result.data);
      else fail(result.code, result.fieldErrors);
    });
  };

  return { run, pending, error, code, fieldErrors };
}
