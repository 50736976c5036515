"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { inviteStaffAction } from "@/app/[locale]/admin/users/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { inviteSchema } from "@/lib/admin/user-validation";
import { INVITABLE_ROLES } from "@/lib/auth/roles";
import { localeConfig, locales } from "@/lib/i18n/config";
import { useStaffAction } from "./use-staff-action";

const EMPTY = { name: "", email: "", role: "staff", locale: "en" };

/** Invites a staff member: the account is created and they choose their password through the e-mailed link. */
export function InviteForm() {
  const t = useTranslations("AdminUsers");
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [sent, setSent] = useState<string | null>(null);
  const { run, pending, error, fieldErrors } = useStaffAction(inviteStaffAction, inviteSchema);
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  return (
    <form
      method="post"
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(null);
        run(values, () => {
          setSent(values.email);
          setValues(EMPTY);
          router.refresh();
        });
      }}
    >
      <div className="md:col-span-2">
        {error ? <FormAlert tone="error">{error}</FormAlert> : null}
        {sent ? <FormAlert tone="success">{t("invite.sent", { email: sent })}</FormAlert> : null}
      </div>
      <Field id="invite-name" label={t("invite.name")} error={fieldErrors.name}>
        <input id="invite-name" autoComplete="off" className={inputClass} value={values.name} onChange={set("name")} {...describedBy("invite-name", { error: fieldErrors.name })} />
      </Field>
      <Field id="invite-email" label={t("invite.email")} error={fieldErrors.email}>
        <input id="invite-email" type="email" autoComplete="off" className={inputClass} value={values.email} onChange={set("email")} {...describedBy("invite-email", { error: fieldErrors.email })} />
      </Field>
      <Field id="invite-role" label={t("invite.role")}>
        <select id="invite-role" className={inputClass} value={values.role} onChange={set("role")}>
          {INVITABLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="invite-locale" label={t("invite.locale")}>
        <select id="invite-locale" className={inputClass} value={values.locale} onChange={set("locale")}>
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeConfig[locale].label}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t("invite.submit")}
      </Button>
    </form>
  );
}
