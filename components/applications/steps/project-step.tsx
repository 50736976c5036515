"use client";

import { useLocale, useTranslations } from "next-intl";
import { projectSchema } from "@/lib/applications/validation";
import { YEARS } from "@/lib/applications/fields";
import { formatYear } from "@/lib/format/numbers";
import { SelectInput, TextArea, TextInput } from "../step-fields";
import { StepShell } from "../step-shell";
import { useStepForm } from "../use-step-form";
import type { StepProps } from "./types";

const YEAR_VALUES = Array.from({ length: YEARS.max - YEARS.min + 1 }, (_, i) => YEARS.min + i);

export function ProjectStep({ applicationId, defaults, flagged }: StepProps) {
  const t = useTranslations("Apply");
  const locale = useLocale();
  // Values stay ASCII; labels are in the reader's digits (Persian digits in fa).
  const years = YEAR_VALUES.map((y) => ({ value: String(y), label: formatYear(y, locale) }));
  const { form, onSubmit, pending, formError, ctx } = useStepForm({ step: "project", schema: projectSchema, applicationId, defaultValues: defaults, flagged });
  const quarters = [1, 2, 3, 4].map((q) => ({ value: String(q), label: t("quarter", { q }) }));
  return (
    <StepShell form={form as never} onSubmit={onSubmit} pending={pending} formError={formError} backHref={`/applications/${applicationId}/edit/company`} flaggedMode={!!flagged}>
      <TextInput name="title" label={t("project.title")} ctx={ctx} />
      <TextArea name="description" label={t("project.description")} hint={t("project.descriptionHint")} ctx={ctx} />
      <TextArea name="products" label={t("project.products")} rows={3} ctx={ctx} />
      <fieldset className="grid gap-5 rounded border border-line p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("project.site")}</legend>
        <TextInput name="landHa" label={t("project.landHa")} hint={t("project.siteHint")} inputMode="decimal" ctx={ctx} />
        <TextInput name="premisesM2" label={t("project.premisesM2")} inputMode="decimal" ctx={ctx} />
      </fieldset>
      <fieldset className="grid gap-5 rounded border border-line p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">{t("project.utilities")}</legend>
        <TextInput name="powerKw" label={t("project.powerKw")} inputMode="decimal" ctx={ctx} />
        <TextInput name="waterM3PerDay" label={t("project.waterM3PerDay")} inputMode="decimal" ctx={ctx} />
        <TextInput name="gasM3PerHour" label={t("project.gasM3PerHour")} inputMode="decimal" ctx={ctx} />
      </fieldset>
      <TextInput name="jobs" label={t("project.jobs")} inputMode="numeric" ctx={ctx} />
      <fieldset className="grid gap-5 rounded border border-line p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("project.schedule")}</legend>
        <SelectInput name="constructionYear" label={t("project.constructionYear")} placeholder={t("choose")} options={years} ctx={ctx} />
        <SelectInput name="constructionQuarter" label={t("project.constructionQuarter")} placeholder={t("choose")} options={quarters} ctx={ctx} />
        <SelectInput name="productionYear" label={t("project.productionYear")} placeholder={t("choose")} options={years} ctx={ctx} />
        <SelectInput name="productionQuarter" label={t("project.productionQuarter")} placeholder={t("choose")} options={quarters} ctx={ctx} />
      </fieldset>
    </StepShell>
  );
}
