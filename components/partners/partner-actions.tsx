import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/link-button";

/** Apply for residency or register, with the partner's country preselected. */
export function PartnerActions({ country, isoAlpha2 }: { country: string; isoAlpha2: string }) {
  const t = useTranslations("Partner");
  return (
    <aside aria-labelledby="invest-title" className="rounded-lg border border-brand-100 bg-brand-50 p-6">
      <h2 id="invest-title" className="text-xl font-semibold text-brand-900">
        {t("actions.title", { country })}
      </h2>
      <p className="mt-2 text-ink">{t("actions.body")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <LinkButton href={{ pathname: "/apply", query: { country: isoAlpha2 } }}>{t("actions.apply")}</LinkButton>
        <LinkButton href={{ pathname: "/register", query: { country: isoAlpha2 } }} variant="secondary">
          {t("actions.register")}
        </LinkButton>
      </div>
    </aside>
  );
}
