"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { CheckState } from "@/lib/sez/check-state";

/**
 * A calculator form over a PURE rule. With JavaScript, react-hook-form validates
 * with the shared zod schema and the rule runs in the browser (no round trip).
 * Without JavaScript, the <form action> posts to the server action, which runs
 * the same schema and rule and sends back the values, field errors and result.
 * Either way the typed input is kept and each error sits under its field.
 */
export function useCheckForm<S extends z.ZodType<FieldValues, FieldValues>, R>(options: {
  schema: S;
  compute: (input: z.output<S>) => R;
  action: (state: CheckState<R>, formData: FormData) => Promise<CheckState<R>>;
  initialState: CheckState<R>;
  /** Form defaults from the echoed strings (e.g. a checkbox's "on" → true). */
  defaults?: (values: Record<string, string>) => Record<string, unknown>;
}) {
  const t = useTranslations("Forms");
  const [serverState, formAction] = useActionState(options.action, options.initialState);
  const [client, setClient] = useState<{ result: R | null } | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: (options.defaults ? options.defaults(serverState.values) : serverState.values) as DefaultValues<z.input<S>>,
    mode: "onTouched",
  });

  const onSubmit = form.handleSubmit(
    (values) => setClient({ result: options.compute(values) }),
    () => setClient({ result: null }),
  );

  const result = client ? client.result : serverState.result;

  // Move focus to the result heading once the browser has computed it.
  useEffect(() => {
    if (client?.result) resultRef.current?.focus();
  }, [client]);

  const errorOf = (field: string): string | undefined => {
    const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
    const touched = (form.formState.touchedFields as Record<string, unknown>)[field];
    const key = errors[field]?.message ?? (client || touched ? undefined : serverState.fieldErrors[field]);
    if (!key) return undefined;
    return t.has(key as never) ? t(key as never) : t("errors.generic");
  };

  return { form, onSubmit, formAction, result, resultRef, errorOf, values: serverState.values };
}
