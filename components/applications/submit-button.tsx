"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { submitApplicationAction } from "@/app/[locale]/(investor)/applications/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";

/** Submits once: the button locks while the request is out, and the server answers a repeat with the same reference. */
export function SubmitButton({ applicationId, disabled }: { applicationId: string; disabled: boolean }) {
  const t = useTranslations("Apply");
  const tf = useTranslations("Forms");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(false);
  return (
    <div className="flex flex-col gap-3">
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <Button
        type="button"
        disabled={disabled || pending}
        onClick={() => {
          if (sent.current) return;
          sent.current = true;
          setError(null);
          startTransition(async () => {
            const result = await submitApplicationAction({ applicationId }).catch(() => null);
            if (result?.ok) {
              router.push(`/applications/${result.data.applicationId}/confirmation`);
              return;
            }
            sent.current = false;
            const code = result ? `codes.${result.code}` : "codes.network";
            setError(tf.has(code as never) ? tf(code as never, { minutes: 5 } as never) : tf("codes.server"));
          });
        }}
      >
        {pending ? t("review.submitting") : t("review.submit")}
      </Button>
    </div>
  );
}
