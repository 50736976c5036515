"use client";

import { useTranslations } from "next-intl";
import { savingsAction } from "@/app/[locale]/(public)/sez/savings/actions";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { emptyCheckState } from "@/lib/sez/check-state";
import { estimateSavings, type SavingsEstimate } from "@/lib/sez/savings";
import { savingsSchema } from "@/lib/sez/savings-schema";
import { SavingsResult } from "./savings-result";
import { useCheckForm } from "./use-check-form";

const KEYS = Object.keys(savingsSchema.shape);
const AMOUNTS = ["propertyValueRub", "landCadastralValueRub", "transportTaxAnnualRub", "annualProfitRub"] as const;
const RATES = ["propertyTaxRatePercent", "landTaxRatePercent"] as const;

export function SavingsForm() {
  const t = useTranslations("Savings");
  const { form, onSubmit, formAction, result, resultRef, errorOf, values } = useCheckForm({
    schema: savingsSchema,
    compute: estimateSavings,
    action: savingsAction,
    initialState: emptyCheckState<SavingsEstimate>(KEYS),
    defaults: (values) => ({ ...values, compareProfitTax: values.compareProfitTax === "on" }),
  });
  const { register } = form;
  const input = (name: (typeof AMOUNTS)[number] | (typeof RATES)[number], decimal: boolean) => (
    <Field key={name} id={name} label={t(`fields.${name}.label`)} hint={t(`fields.${name}.hint`)} error={errorOf(name)}>
      <input
        id={name}
        type="text"
        inputMode={decimal ? "decimal" : "numeric"}
        autoComplete="off"
        defaultValue={values[name]}
        className={inputClass}
        {...register(name)}
        {...describedBy(name, { hint: true, error: errorOf(name) })}
      />
    </Field>
  );

  return (
    <div className="flex flex-col gap-10">
      <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5 md:grid-cols-2">
        <fieldset className="flex flex-col gap-5 rounded-lg border border-line p-5">
          <legend className="px-1 font-semibold">{t("amountsLegend")}</legend>
          {AMOUNTS.map((name) => input(name, false))}
        </fieldset>
        <fieldset className="flex flex-col gap-5 rounded-lg border border-line p-5">
          <legend className="px-1 font-semibold">{t("ratesLegend")}</legend>
          <p className="rounded border-s-4 border-warn-800 bg-warn-50 p-3 text-sm text-warn-800">{t("ratesNote")}</p>
          {RATES.map((name) => input(name, true))}
          {/* The label states two rates: the hint below names where each comes from. */}
          <div data-sourced="" className="flex flex-col gap-1">
            <div className="flex items-start gap-2">
              <input
                id="compareProfitTax"
                type="checkbox"
                defaultChecked={values.compareProfitTax === "on"}
                className="mt-1 size-5 shrink-0"
                {...register("compareProfitTax")}
                {...describedBy("compareProfitTax", { hint: true, error: errorOf("compareProfitTax") })}
              />
              <label htmlFor="compareProfitTax" className="font-medium">
                {t("fields.compareProfitTax.label")}
              </label>
            </div>
            <p id="compareProfitTax-hint" data-cite="" className="ps-7 text-sm text-muted">
              {t("fields.compareProfitTax.hint")}
            </p>
            {errorOf("compareProfitTax") ? (
              <p id="compareProfitTax-error" className="ps-7 text-sm font-medium text-danger-700">
                {errorOf("compareProfitTax")}
              </p>
            ) : null}
          </div>
        </fieldset>
        <div className="md:col-span-2">
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>
      <div aria-live="polite">{result ? <SavingsResult estimate={result} headingRef={resultRef} /> : null}</div>
    </div>
  );
}
