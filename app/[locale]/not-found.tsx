import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <div className="container-page py-16">
      <h1 className="text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-muted">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
