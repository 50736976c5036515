"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { verifyEmailAction } from "@/app/[locale]/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

// Verification is a POST behind a button: mail scanners that follow links
// (GET) never consume the token.
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const [state, setState] = useState<"idle" | "done" | "invalid" | "error">("idle");
  const [pending, startTransition] = useTransition();
  if (state === "done") {
    return (
      <FormAlert tone="success">
        {t("verify.done")}{" "}
        <Link href="/account" className="underline">
          {t("verify.continue")}
        </Link>
      </FormAlert>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {state === "invalid" ? <FormAlert tone="error">{t("verify.invalid")}</FormAlert> : null}
      {state === "error" ? <FormAlert tone="error">{t("verify.error")}</FormAlert> : null}
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await verifyEmailAction({ token }).catch(() => null);
            setState(result?.ok ? "done" : result?.code === "invalidToken" ? "invalid" : "error");
          })
        }
      >
        {t("verify.submit")}
      </Button>
    </div>
  );
}
