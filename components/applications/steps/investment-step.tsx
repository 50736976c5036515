"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { FINANCING_PROOF_TYPES, FINANCING_SOURCES } from "@/lib/applications/constants";
import { investmentSchema } from "@/lib/applications/validation";
import { MIN_INVESTMENT_RUB } from "@/lib/sez/eligibility";
import { parseWholeNumber } from "@/lib/sez/number";
import { SelectInput, TextInput } from "../step-fields";
import { StepShell } from "../step-shell";
import { useStepForm } from "../use-step-form";
import type { StepProps } from "./types";

export function InvestmentStep({ applicationId, defaults, flagged }: StepProps) {
  const t = useTranslations("Apply");
  const format = useFormatter();
  const { form, onSubmit, pending, formError, ctx } = useStepForm({ step: "investment", schema: investmentSchema, applicationId, defaultValues: defaults, flagged });
  const total = parseWholeNumber(form.watch("totalRub"));
  // The public eligibility rule, run live: below the threshold the investor is warned but may still apply.
  const below = total.ok && total.value < MIN_INVESTMENT_RUB;
  return (
    <StepShell form={form as never} onSubmit={onSubmit} pending={pending} formError={formError} backHref={`/applications/${applicationId}/edit/project`} flaggedMode={!!flagged}>
      <TextInput name="totalRub" label={t("investment.totalRub")} hint={t("investment.totalRubHint")} inputMode="numeric" ctx={ctx} />
      {below ? (
        <FormAlert tone="info">{t("investment.belowThreshold", { min: format.number(MIN_INVESTMENT_RUB) })}</FormAlert>
      ) : null}
      <TextInput name="capitalSharePercent" label={t("investment.capitalSharePercent")} hint={t("investment.capitalShareHint")} inputMode="decimal" ctx={ctx} />
      <SelectInput name="financingSource" label={t("investment.financingSource")} placeholder={t("choose")} options={FINANCING_SOURCES.map((s) => ({ value: s, label: t(`financingSources.${s}`) }))} ctx={ctx} />
      <SelectInput name="financingProof" label={t("investment.financingProof")} placeholder={t("choose")} options={FINANCING_PROOF_TYPES.map((s) => ({ value: s, label: t(`financingProofs.${s}`) }))} ctx={ctx} />
    </StepShell>
  );
}
