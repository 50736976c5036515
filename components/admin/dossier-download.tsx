import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";

/** A plain GET form (no script needed): the dossier in Russian or English, drawn on the server. */
export function DossierDownload({ applicationId, locale }: { applicationId: string; locale: string }) {
  const t = useTranslations("AdminDetail");
  return (
    <form method="get" action={`/api/applications/${applicationId}/dossier`} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="dossier-lang" className="font-medium">
          {t("dossier.language")}
        </label>
        <select id="dossier-lang" name="lang" defaultValue={locale === "ru" ? "ru" : "en"} className={inputClass}>
          <option value="ru" lang="ru">
            Русский
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
        {t("dossier.download")}
      </button>
    </form>
  );
}
