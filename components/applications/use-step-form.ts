"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { saveStepAction } from "@/app/[locale]/(investor)/applications/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/lib/i18n/navigation";
import type { DataStep } from "@/lib/applications/validation";
import type { StepFieldContext } from "./step-fields";

/**
 * One step of the residency form: the step's zod schema in the browser, the
 * server action re-validates and saves it to the draft, then the next step
 * opens. A failed save keeps everything typed and marks the fields.
 */
export function useStepForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(options: {
  step: DataStep;
  schema: S;
  applicationId: string;
  defaultValues: Record<string, unknown>;
  flagged?: Record<string, string> | null;
}) {
  const router = useRouter();
  const t = useTranslations("Forms");
  const result = useActionForm({
    schema: options.schema,
    defaultValues: options.defaultValues as never,
    action: (values) => saveStepAction({ applicationId: options.applicationId, step: options.step, data: values as Record<string, unknown> }),
    onSuccess: ({ nextStep }) => {
      const target = options.flagged ? `/applications/${options.applicationId}` : `/applications/${options.applicationId}/edit/${nextStep}`;
      router.push(target);
      router.refresh();
    },
  });
  const ctx: StepFieldContext = {
    errorText: (key) => (key ? (t.has(key as never) ? t(key as never) : t("errors.generic")) : undefined),
    flagged: options.flagged ?? null,
  };
  return { ...result, ctx };
}
