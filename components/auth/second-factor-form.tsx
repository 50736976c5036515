"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { secondFactorAction } from "@/app/[locale]/(auth)/sign-in/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { secondFactorSchema } from "@/lib/auth/validation";

/**
 * The code step of a staff sign-in, and the confirmation step of enrolment.
 * After a first enrolment the ten recovery codes are shown once, here, and
 * the user moves on only when they say they have stored them.
 */
export function SecondFactorForm({ next, submitLabel, expired = false }: { next?: string; submitLabel: string; expired?: boolean }) {
  const t = useTranslations("Auth");
  const [recovery, setRecovery] = useState<{ codes: string[]; redirectTo: string } | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: secondFactorSchema,
    action: secondFactorAction,
    defaultValues: { code: "", next },
    onSuccess: ({ redirectTo, recoveryCodes }) => {
      if (recoveryCodes) setRecovery({ codes: recoveryCodes, redirectTo });
      else window.location.assign(redirectTo); // a full navigation: every server component sees the session
    },
  });

  // The enrolling action clears the ticket, and Next re-renders the page in the
  // same response as "expired": this form stays mounted so the codes it just
  // received are still shown, once.
  if (expired && !recovery) return null;
  if (recovery) {
    return (
      <section aria-labelledby="recovery-title" className="flex flex-col gap-4">
        <h2 id="recovery-title" className="text-xl font-semibold">
          {t("enrol.recoveryTitle")}
        </h2>
        <p>{t("enrol.recoveryIntro")}</p>
        <ul aria-label={t("enrol.recoveryTitle")} className="grid grid-cols-2 gap-2 font-mono">
          {recovery.codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button type="button" onClick={() => window.location.assign(recovery.redirectTo)}>
          {t("enrol.continue")}
        </Button>
      </section>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Field id="code" label={t("secondFactor.code")} hint={t("secondFactor.hint")} error={errorOf("code")}>
        <input
          id="code"
          autoComplete="one-time-code"
          spellCheck={false}
          className={`${inputClass} font-mono tracking-widest`}
          {...form.register("code")}
          {...describedBy("code", { hint: true, error: errorOf("code") })}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("secondFactor.submitting") : submitLabel}
      </Button>
    </form>
  );
}
