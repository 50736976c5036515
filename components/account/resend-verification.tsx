"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resendVerificationAction } from "@/app/[locale]/(investor)/account/actions";
import { Button } from "@/components/ui/button";

export function ResendVerification() {
  const t = useTranslations("Account");
  const [sent, setSent] = useState(false);
  const [pending, startTransition] = useTransition();
  if (sent) return <p role="status">{t("verificationSent")}</p>;
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await resendVerificationAction().catch(() => null);
          if (result?.ok) setSent(true);
        })
      }
    >
      {t("resendVerification")}
    </Button>
  );
}
