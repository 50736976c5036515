"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormProvider, type FieldValues, type UseFormReturn } from "react-hook-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/** The frame of every step: form-level error, fields, then Back and Save in reading order. */
export function StepShell<T extends FieldValues>({
  form,
  onSubmit,
  pending,
  formError,
  backHref,
  flaggedMode,
  children,
}: {
  form: UseFormReturn<T, unknown, T>;
  onSubmit: () => void;
  pending: boolean;
  formError: string | null;
  backHref: string | null;
  flaggedMode: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("Apply");
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
        {children}
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-5">
          {backHref ? (
            <Link href={backHref} className="rounded px-3 py-2 font-medium text-brand-700 underline">
              {t("back")}
            </Link>
          ) : (
            <span />
          )}
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : flaggedMode ? t("saveChanges") : t("saveAndContinue")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
