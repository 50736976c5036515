"use client";

import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/app/[locale]/(investor)/account/actions";
import { ActionButton } from "@/components/forms/action-button";

export function ResendVerification() {
  const t = useTranslations("Account");
  return <ActionButton action={resendVerificationAction} label={t("resendVerification")} done={() => t("verificationSent")} />;
}
