"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { describedBy } from "@/components/ui/field";
import { contactSchema } from "@/lib/applications/validation";
import { localeConfig, locales } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { SelectInput, TextInput, type StepFieldContext } from "../step-fields";
import { StepShell } from "../step-shell";
import { useStepForm } from "../use-step-form";
import type { StepProps } from "./types";

function ConsentBox({ ctx }: { ctx: StepFieldContext }) {
  const t = useTranslations("Apply");
  const { register, formState } = useFormContext();
  const error = ctx.errorText(formState.errors.consent?.message as string | undefined);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input id="consent" type="checkbox" className="mt-1 size-5" {...register("consent")} {...describedBy("consent", { error })} />
        <label htmlFor="consent">
          {t.rich("contact.consent", { link: (chunks) => <Link href="/privacy" className="text-brand-700 underline">{chunks}</Link> })}
        </label>
      </div>
      {error ? <p id="consent-error" className="text-sm font-medium text-danger-700">{error}</p> : null}
    </div>
  );
}

export function ContactStep({ applicationId, defaults, flagged }: StepProps) {
  const t = useTranslations("Apply");
  const { form, onSubmit, pending, formError, ctx } = useStepForm({ step: "contact", schema: contactSchema, applicationId, defaultValues: defaults, flagged });
  return (
    <StepShell form={form as never} onSubmit={onSubmit} pending={pending} formError={formError} backHref={`/applications/${applicationId}/edit/investment`} flaggedMode={!!flagged}>
      <TextInput name="person" label={t("contact.person")} autoComplete="name" ctx={ctx} />
      <TextInput name="position" label={t("contact.position")} autoComplete="organization-title" ctx={ctx} />
      <TextInput name="email" label={t("contact.email")} type="email" inputMode="email" autoComplete="email" ctx={ctx} />
      <TextInput name="phone" label={t("contact.phone")} hint={t("contact.phoneHint")} type="tel" inputMode="tel" autoComplete="tel" ctx={ctx} />
      <SelectInput name="preferredLanguage" label={t("contact.preferredLanguage")} options={locales.map((l) => ({ value: l, label: localeConfig[l].label }))} ctx={ctx} />
      <ConsentBox ctx={ctx} />
    </StepShell>
  );
}
