"use client";

import "@/lib/zod-setup";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

/**
 * react-hook-form with the shared zod schema in the browser, then the server
 * action, which validates again. Server field errors land on their fields;
 * typed values are never cleared on failure; a pending submit cannot be sent twice.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
}) {
  const t = useTranslations("Forms");
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
    // Validate on submit, then as the user corrects: validating on blur shifts the layout
    // under the pointer and can swallow the click on the submit button.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);

  const translate = (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    return t.has(key as never) ? t(key as never) : t("errors.generic");
  };

  const onSubmit = form.handleSubmit((values) => {
    if (pending) return;
    setFormError(null);
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await options.action(values as z.input<S>);
      } catch {
        setFormError(t("codes.network"));
        return;
      }
      if (result.ok) {
        options.onSuccess?.(result.data);
        return;
      }
      for (const [field, key] of Object.entries(result.fieldErrors ?? {})) {
        if (field === "form") continue;
        form.setError(field as Path<z.input<S>>, { message: key }, { shouldFocus: true });
      }
      setFormError(failureMessage(t, result));
    });
  });

  const errorOf = (field: Path<z.input<S>>) => translate(form.formState.errors[field]?.message as string | undefined);

  return { form, onSubmit, pending, formError, errorOf };
}

/** The form-level message of a failed action (Forms.codes.*); throttled ones say how many minutes to wait. */
export function failureMessage(t: ReturnType<typeof useTranslations<"Forms">>, result: { code: string; retryAfterSeconds?: number }): string {
  const code = `codes.${result.code}`;
  return t.has(code as never) ? t(code as never, { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) } as never) : t("codes.server");
}
