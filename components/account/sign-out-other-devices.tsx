"use client";

import { useTranslations } from "next-intl";
import { signOutOtherDevicesAction } from "@/app/[locale]/(investor)/account/actions";
import { ActionButton } from "@/components/forms/action-button";

/** Ends every other session of the account at once; this one stays signed in. */
export function SignOutOtherDevices() {
  const t = useTranslations("Account");
  return <ActionButton action={signOutOtherDevicesAction} variant="danger" label={t("signOutEverywhere")} done={({ ended }) => t("signedOutElsewhere", { count: ended })} />;
}
