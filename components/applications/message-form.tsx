"use client";

import { useTranslations } from "next-intl";
import { z } from "zod";
import { postMessageAction } from "@/app/[locale]/(investor)/applications/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";

const schema = z.object({
  applicationId: z.string(),
  body: z.string().trim().min(1, "errors.message.required").max(5000, "errors.message.tooLong"),
});

export function MessageForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("Apply");
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema,
    action: postMessageAction,
    defaultValues: { applicationId, body: "" },
    onSuccess: () => {
      form.reset({ applicationId, body: "" });
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-3">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <Field id="message-body" label={t("detail.message")} error={errorOf("body")}>
        <textarea id="message-body" rows={4} className={inputClass} {...form.register("body")} {...describedBy("message-body", { error: errorOf("body") })} />
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t("detail.send")}
      </Button>
    </form>
  );
}
