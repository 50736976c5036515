"use client";

import { useTranslations } from "next-intl";
import { COMPANY_SIZES, LEGAL_ENTITY_STATUSES, SECTORS } from "@/lib/applications/constants";
import { companySchema } from "@/lib/applications/validation";
import { SelectInput, TextInput } from "../step-fields";
import { StepShell } from "../step-shell";
import { useStepForm } from "../use-step-form";
import type { StepProps } from "./types";

export function CompanyStep({ applicationId, defaults, flagged, countries }: StepProps & { countries: Array<{ code: string; name: string }> }) {
  const t = useTranslations("Apply");
  const { form, onSubmit, pending, formError, ctx } = useStepForm({ step: "company", schema: companySchema, applicationId, defaultValues: defaults, flagged });
  const legalEntity = form.watch("legalEntity");
  return (
    <StepShell form={form as never} onSubmit={onSubmit} pending={pending} formError={formError} backHref={null} flaggedMode={!!flagged}>
      <TextInput name="legalName" label={t("company.legalName")} autoComplete="organization" ctx={ctx} />
      <SelectInput name="country" label={t("company.country")} placeholder={t("choose")} options={countries.map((c) => ({ value: c.code, label: c.name }))} ctx={ctx} />
      <TextInput name="registrationNumber" label={t("company.registrationNumber")} hint={t("company.registrationNumberHint")} ctx={ctx} />
      <TextInput name="website" label={t("company.website")} hint={t("company.websiteHint")} type="url" inputMode="url" ctx={ctx} />
      <SelectInput name="sector" label={t("company.sector")} placeholder={t("choose")} options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} ctx={ctx} />
      <SelectInput name="size" label={t("company.size")} hint={t("company.sizeHint")} placeholder={t("choose")} options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`sizes.${s}`) }))} ctx={ctx} />
      <SelectInput
        name="legalEntity"
        label={t("company.legalEntity")}
        hint={t("company.legalEntityHint")}
        placeholder={t("choose")}
        options={LEGAL_ENTITY_STATUSES.map((s) => ({ value: s, label: t(`legalEntities.${s}`) }))}
        ctx={ctx}
      />
      {legalEntity === "exists" ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextInput name="inn" label={t("company.inn")} hint={t("company.innHint")} inputMode="numeric" ctx={ctx} />
          <TextInput name="ogrn" label={t("company.ogrn")} hint={t("company.ogrnHint")} inputMode="numeric" ctx={ctx} />
        </div>
      ) : null}
    </StepShell>
  );
}
