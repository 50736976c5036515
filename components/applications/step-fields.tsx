"use client";

import { clsx } from "clsx";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { describedBy, Field, inputClass } from "@/components/ui/field";

export interface StepFieldContext {
  /** Translates an error key (Forms.errors.*) to a message. */
  errorText: (key: string | undefined) => string | undefined;
  /** While information is requested: which fields may change, with the reviewer's comment. */
  flagged?: Record<string, string> | null;
}

function useFieldState(name: string, ctx: StepFieldContext) {
  const { register, formState } = useFormContext();
  const error = ctx.errorText(formState.errors[name]?.message as string | undefined);
  const locked = ctx.flagged ? !(name in ctx.flagged) : false;
  const comment = ctx.flagged?.[name];
  return { register, error, locked, comment };
}

function ReviewerComment({ id, comment }: { id: string; comment?: string | undefined }) {
  if (!comment) return null;
  return (
    <p id={`${id}-comment`} className="rounded border-s-4 border-warn-800 bg-warn-50 px-3 py-2 text-sm text-warn-800">
      {comment}
    </p>
  );
}

interface BaseProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  ctx: StepFieldContext;
  className?: string;
}

export function TextInput({ name, label, hint, ctx, className, type = "text", inputMode, autoComplete }: BaseProps & { type?: string; inputMode?: "numeric" | "decimal" | "tel" | "email" | "url"; autoComplete?: string }) {
  const { register, error, locked, comment } = useFieldState(name, ctx);
  return (
    <Field id={name} label={label} hint={hint} error={error} className={clsx(comment && "rounded bg-warn-50/40 p-2", className)}>
      <ReviewerComment id={name} comment={comment} />
      <input id={name} type={type} inputMode={inputMode} autoComplete={autoComplete} readOnly={locked} className={clsx(inputClass, locked && "bg-paper text-muted")} {...register(name)} {...describedBy(name, { hint, error })} />
    </Field>
  );
}

export function TextArea({ name, label, hint, ctx, className, rows = 5 }: BaseProps & { rows?: number }) {
  const { register, error, locked, comment } = useFieldState(name, ctx);
  return (
    <Field id={name} label={label} hint={hint} error={error} className={className}>
      <ReviewerComment id={name} comment={comment} />
      <textarea id={name} rows={rows} readOnly={locked} className={clsx(inputClass, locked && "bg-paper text-muted")} {...register(name)} {...describedBy(name, { hint, error })} />
    </Field>
  );
}

export function SelectInput({ name, label, hint, ctx, className, options, placeholder }: BaseProps & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const { register, error, locked, comment } = useFieldState(name, ctx);
  return (
    <Field id={name} label={label} hint={hint} error={error} className={className}>
      <ReviewerComment id={name} comment={comment} />
      <select id={name} disabled={locked} className={clsx(inputClass, locked && "bg-paper text-muted")} {...register(name)} {...describedBy(name, { hint, error })}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
