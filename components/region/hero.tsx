import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/link-button";

/** The home page's opening band: who we are and the two main ways in. */
export function RegionHero() {
  const t = useTranslations("Region");
  return (
    <div className="bg-brand-900 text-white">
      <div className="container-page grid gap-8 py-14 md:grid-cols-[3fr_2fr] md:items-center md:py-20">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-100 uppercase">{t("eyebrow")}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight md:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-brand-50">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <LinkButton href="/sez" variant="light">
              {t("ctaSez")}
            </LinkButton>
            <LinkButton href="/sez/eligibility" variant="outlineLight">
              {t("ctaEligibility")}
            </LinkButton>
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-4 rounded-lg border border-white/20 bg-white/5 p-6">
          {(["sea", "river", "corridor", "zone"] as const).map((key) => (
            <div key={key}>
              <dt className="text-sm text-brand-100">{t(`glance.${key}.label`)}</dt>
              <dd className="mt-1 font-semibold">{t(`glance.${key}.value`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
