import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/form-alert";
import { Link } from "@/lib/i18n/link";

/** The pending sign-in ticket is missing, expired or stale: start again. */
export async function PendingExpired() {
  const t = await getTranslations("Auth");
  return (
    <FormAlert tone="info">
      {t("secondFactor.expired")}{" "}
      <Link href="/sign-in" className="underline">
        {t("secondFactor.restart")}
      </Link>
    </FormAlert>
  );
}
