"use client";

import { useTranslations } from "next-intl";
import { signInAction } from "@/app/[locale]/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { signInSchema } from "@/lib/auth/validation";
import { Link } from "@/lib/i18n/navigation";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("Auth");
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: signInSchema,
    action: signInAction,
    defaultValues: { email: "", password: "", next },
    // A full navigation so every server component sees the new session cookie.
    onSuccess: ({ redirectTo }) => window.location.assign(redirectTo),
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Field id="email" label={t("fields.email")} error={errorOf("email")}>
        <input id="email" type="email" autoComplete="username" className={inputClass} {...register("email")} {...describedBy("email", { error: errorOf("email") })} />
      </Field>
      <Field id="password" label={t("fields.password")} error={errorOf("password")}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          {...register("password")}
          {...describedBy("password", { error: errorOf("password") })}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("signIn.forgot")}
        </Link>
        <Link href="/register" className="text-brand-700 underline">
          {t("signIn.register")}
        </Link>
      </div>
    </form>
  );
}
