"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { registerAction } from "@/app/[locale]/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { registerSchema } from "@/lib/auth/validation";
import { Link } from "@/lib/i18n/navigation";

export function RegisterForm({ countries, defaultCountry }: { countries: Array<{ code: string; name: string }>; defaultCountry?: string }) {
  const t = useTranslations("Auth");
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: registerSchema,
    action: registerAction,
    defaultValues: { name: "", company: "", country: defaultCountry ?? "", email: "", password: "", consent: false as unknown as true },
    onSuccess: () => setDone(true),
  });
  const { register } = form;

  if (done) {
    return (
      <FormAlert tone="success">
        <p className="font-semibold">{t("register.doneTitle")}</p>
        <p>{t("register.doneBody")}</p>
      </FormAlert>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Field id="name" label={t("fields.name")} error={errorOf("name")}>
        <input id="name" autoComplete="name" className={inputClass} {...register("name")} {...describedBy("name", { error: errorOf("name") })} />
      </Field>
      <Field id="company" label={t("fields.company")} error={errorOf("company")}>
        <input id="company" autoComplete="organization" className={inputClass} {...register("company")} {...describedBy("company", { error: errorOf("company") })} />
      </Field>
      <Field id="country" label={t("fields.country")} error={errorOf("country")}>
        <select id="country" autoComplete="country" className={inputClass} {...register("country")} {...describedBy("country", { error: errorOf("country") })}>
          <option value="">{t("fields.countryPlaceholder")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="email" label={t("fields.email")} error={errorOf("email")}>
        <input id="email" type="email" autoComplete="email" className={inputClass} {...register("email")} {...describedBy("email", { error: errorOf("email") })} />
      </Field>
      <Field id="password" label={t("fields.newPassword")} hint={t("fields.passwordHint")} error={errorOf("password")}>
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          {...register("password")}
          {...describedBy("password", { hint: true, error: errorOf("password") })}
        />
      </Field>
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <input id="consent" type="checkbox" className="mt-1 size-5" {...register("consent")} {...describedBy("consent", { error: errorOf("consent") })} />
          <label htmlFor="consent">
            {t.rich("fields.consent", {
              link: (chunks) => (
                <Link href="/privacy" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </label>
        </div>
        {errorOf("consent") ? (
          <p id="consent-error" className="text-sm font-medium text-danger-700">
            {errorOf("consent")}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("register.submitting") : t("register.submit")}
      </Button>
      <p className="text-sm">
        {t("register.haveAccount")}{" "}
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("signIn.title")}
        </Link>
      </p>
    </form>
  );
}
