"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resubmitApplicationAction, withdrawApplicationAction } from "@/app/[locale]/(investor)/applications/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";

/** Resubmit (after a request for information) and withdraw (with a confirmation), both version-guarded. */
export function ApplicantActions({ applicationId, version, canResubmit, canWithdraw }: { applicationId: string; version: number; canResubmit: boolean; canWithdraw: boolean }) {
  const t = useTranslations("Apply");
  const tf = useTranslations("Forms");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (action: typeof withdrawApplicationAction) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ applicationId, expectedVersion: version }).catch(() => null);
      if (result?.ok) {
        setConfirming(false);
        router.refresh();
        return;
      }
      const code = `codes.${result?.code ?? "network"}`;
      setError(tf.has(code as never) ? tf(code as never) : tf("codes.server"));
    });

  return (
    <div className="flex flex-col gap-3">
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <div className="flex flex-wrap gap-3">
        {canResubmit ? (
          <Button type="button" disabled={pending} onClick={() => run(resubmitApplicationAction)}>
            {t("detail.resubmit")}
          </Button>
        ) : null}
        {canWithdraw && !confirming ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(true)}>
            {t("detail.withdraw")}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="withdraw-question" className="rounded border border-danger-700 p-4">
          <p id="withdraw-question" className="font-medium">
            {t("detail.withdrawConfirm")}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button type="button" variant="danger" disabled={pending} onClick={() => run(withdrawApplicationAction)} autoFocus>
              {t("detail.withdrawYes")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("detail.withdrawNo")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
