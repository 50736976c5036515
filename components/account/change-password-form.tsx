"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changePasswordAction } from "@/app/[locale]/(investor)/account/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { changePasswordSchema } from "@/lib/auth/validation";

export function ChangePasswordForm() {
  const t = useTranslations("Account");
  const ta = useTranslations("Auth");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { current: "", password: "", confirm: "" },
    onSuccess: () => {
      setSaved(true);
      form.reset();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("passwordChanged")}</FormAlert> : null}
      <Field id="current-password" label={t("fields.currentPassword")} error={errorOf("current")}>
        <input id="current-password" type="password" autoComplete="current-password" className={inputClass} {...form.register("current")} {...describedBy("current-password", { error: errorOf("current") })} />
      </Field>
      <Field id="new-password" label={ta("fields.newPassword")} hint={ta("fields.passwordHint")} error={errorOf("password")}>
        <input id="new-password" type="password" autoComplete="new-password" className={inputClass} {...form.register("password")} {...describedBy("new-password", { hint: true, error: errorOf("password") })} />
      </Field>
      <Field id="confirm-password" label={ta("fields.confirmPassword")} error={errorOf("confirm")}>
        <input id="confirm-password" type="password" autoComplete="new-password" className={inputClass} {...form.register("confirm")} {...describedBy("confirm-password", { error: errorOf("confirm") })} />
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t("changePassword")}
      </Button>
    </form>
  );
}
