"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/forms/form-alert";

/** "Changed by someone else — reload": reloading keeps what was typed (client state survives a refresh). */
export function ConflictNotice() {
  const t = useTranslations("Forms");
  const tAdmin = useTranslations("Admin");
  const router = useRouter();
  return (
    <FormAlert tone="error">
      <p>{t("codes.conflict")}</p>
      <button type="button" className="mt-2 font-semibold underline" onClick={() => router.refresh()}>
        {tAdmin("reload")}
      </button>
    </FormAlert>
  );
}
