"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { resetPasswordAction } from "@/app/[locale]/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { resetPasswordSchema } from "@/lib/auth/validation";
import { Link } from "@/lib/i18n/navigation";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: "", confirm: "" },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <FormAlert tone="success">
        {t("reset.done")}{" "}
        <Link href="/sign-in" className="underline">
          {t("signIn.title")}
        </Link>
      </FormAlert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Field id="password" label={t("fields.newPassword")} hint={t("fields.passwordHint")} error={errorOf("password")}>
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          {...form.register("password")}
          {...describedBy("password", { hint: true, error: errorOf("password") })}
        />
      </Field>
      <Field id="confirm" label={t("fields.confirmPassword")} error={errorOf("confirm")}>
        <input id="confirm" type="password" autoComplete="new-password" className={inputClass} {...form.register("confirm")} {...describedBy("confirm", { error: errorOf("confirm") })} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("reset.submit")}
      </Button>
    </form>
  );
}
