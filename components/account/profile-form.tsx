"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateProfileAction } from "@/app/[locale]/(investor)/account/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { profileSchema } from "@/lib/auth/validation";
import { localeConfig, locales } from "@/lib/i18n/config";

export function ProfileForm({ name, preferredLocale }: { name: string; preferredLocale: string }) {
  const t = useTranslations("Account");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: profileSchema,
    action: updateProfileAction,
    defaultValues: { name, preferredLocale },
    onSuccess: () => setSaved(true),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4" onChange={() => setSaved(false)}>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      <Field id="profile-name" label={t("fields.name")} error={errorOf("name")}>
        <input id="profile-name" autoComplete="name" className={inputClass} {...form.register("name")} {...describedBy("profile-name", { error: errorOf("name") })} />
      </Field>
      <Field id="profile-locale" label={t("fields.preferredLocale")} hint={t("fields.preferredLocaleHint")} error={errorOf("preferredLocale")}>
        <select id="profile-locale" className={inputClass} {...form.register("preferredLocale")} {...describedBy("profile-locale", { hint: true, error: errorOf("preferredLocale") })}>
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeConfig[locale].label}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t("saveProfile")}
      </Button>
    </form>
  );
}
