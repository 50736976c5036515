"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { forgotPasswordAction } from "@/app/[locale]/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { forgotPasswordSchema } from "@/lib/auth/validation";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
    onSuccess: () => setDone(true),
  });
  if (done) return <FormAlert tone="success">{t("forgot.done")}</FormAlert>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Field id="email" label={t("fields.email")} error={errorOf("email")}>
        <input id="email" type="email" autoComplete="email" className={inputClass} {...form.register("email")} {...describedBy("email", { error: errorOf("email") })} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("forgot.submit")}
      </Button>
    </form>
  );
}
