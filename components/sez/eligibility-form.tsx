"use client";

import { useTranslations } from "next-intl";
import { eligibilityAction } from "@/app/[locale]/(public)/sez/eligibility/actions";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { emptyCheckState } from "@/lib/sez/check-state";
import { checkEligibility, FINANCING_PROOF_TYPES, LEGAL_ENTITY_STATUSES, SECTORS, type EligibilityResult } from "@/lib/sez/eligibility";
import { eligibilitySchema } from "@/lib/sez/eligibility-schema";
import { EligibilityResultView } from "./eligibility-result";
import { useCheckForm } from "./use-check-form";

const KEYS = Object.keys(eligibilitySchema.shape);
const CHOICES = { financingProof: FINANCING_PROOF_TYPES, legalEntity: LEGAL_ENTITY_STATUSES, sector: SECTORS } as const;

export function EligibilityForm() {
  const t = useTranslations("Eligibility");
  const { form, onSubmit, formAction, result, resultRef, errorOf, values } = useCheckForm({
    schema: eligibilitySchema,
    compute: checkEligibility,
    action: eligibilityAction,
    initialState: emptyCheckState<EligibilityResult>(KEYS),
  });
  const { register } = form;

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        {(["investmentRub", "capitalSharePercent"] as const).map((name) => (
          <Field key={name} id={name} label={t(`fields.${name}.label`)} hint={t(`fields.${name}.hint`)} error={errorOf(name)}>
            <input
              id={name}
              type="text"
              inputMode={name === "investmentRub" ? "numeric" : "decimal"}
              autoComplete="off"
              defaultValue={values[name]}
              className={inputClass}
              {...register(name)}
              {...describedBy(name, { hint: true, error: errorOf(name) })}
            />
          </Field>
        ))}
        {(Object.keys(CHOICES) as Array<keyof typeof CHOICES>).map((name) => (
          <Field key={name} id={name} label={t(`fields.${name}.label`)} error={errorOf(name)}>
            <select id={name} defaultValue={values[name]} className={inputClass} {...register(name)} {...describedBy(name, { error: errorOf(name) })}>
              <option value="">{t("choose")}</option>
              {CHOICES[name].map((value) => (
                <option key={value} value={value}>
                  {t(`options.${name}.${value}` as never)}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <p className="text-sm text-muted">{t("privacy")}</p>
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>
      <div aria-live="polite">{result ? <EligibilityResultView result={result} headingRef={resultRef} /> : null}</div>
    </div>
  );
}
