"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateFigureAction, updateMilestoneAction, updatePartnerAction } from "@/app/[locale]/admin/content/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useStaffAction } from "./use-staff-action";

export interface ContentField {
  name: string;
  label: string;
  kind: "text" | "textarea" | "number" | "select";
  /** The language of the text, for screen readers and spell-checkers. */
  lang?: string;
  options?: Array<{ value: string; label: string }>;
}

interface Props {
  formId: string;
  id: string;
  fields: ContentField[];
  initial: Record<string, string>;
  /** Which kind of record the form saves (its server action). */
  record: keyof typeof ACTIONS;
}

const ACTIONS = { partner: updatePartnerAction, milestone: updateMilestoneAction, figure: updateFigureAction };

/** One content record's texts in every locale; what was typed stays if saving fails. */
export function ContentForm({ formId, id, fields, initial, record }: Props) {
  const t = useTranslations("AdminContent");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useStaffAction(ACTIONS[record]);
  return (
    <form
      method="post"
      noValidate
      className="grid gap-3 md:grid-cols-2"
      onChange={() => setSaved(false)}
      onSubmit={(event) => {
        event.preventDefault();
        run({ ...values, id }, () => {
          setSaved(true);
          router.refresh();
        });
      }}
    >
      <div className="md:col-span-2">
        {error ? <FormAlert tone="error">{error}</FormAlert> : null}
        {saved ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      </div>
      {fields.map((field) => {
        const inputId = `${formId}-${field.name}`;
        const common = {
          id: inputId,
          lang: field.lang,
          className: inputClass,
          value: values[field.name] ?? "",
          onChange: (event: { target: { value: string } }) => setValues({ ...values, [field.name]: event.target.value }),
          ...describedBy(inputId, { error: fieldErrors[field.name] }),
        };
        return (
          <Field key={field.name} id={inputId} label={field.label} error={fieldErrors[field.name]} className={field.kind === "textarea" ? "md:col-span-2" : undefined}>
            {field.kind === "textarea" ? (
              <textarea rows={3} {...common} />
            ) : field.kind === "select" ? (
              <select {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type="text" inputMode={field.kind === "number" ? "decimal" : undefined} {...common} />
            )}
          </Field>
        );
      })}
      <Button type="submit" disabled={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
