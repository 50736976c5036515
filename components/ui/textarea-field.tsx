import { describedBy, Field, inputClass } from "./field";

/** A labelled multi-line text box with its hint and error (the staff and council forms' reasons). */
export function TextareaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea id={id} rows={rows} className={inputClass} value={value} onChange={(event) => onChange(event.target.value)} {...describedBy(id, { hint, error })} />
    </Field>
  );
}
