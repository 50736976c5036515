import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/section";
import { partnerGroups, type Sphere } from "@/lib/content/enums";
import type { PartnerListItem } from "@/lib/content/types";
import { Link } from "@/lib/i18n/link";
import { PartnerCard } from "./partner-card";
import { SphereFilter } from "./sphere-filter";

/** The partners index, all or filtered by one sphere: sections by group, cards inside. */
export function PartnersIndex({ partners, sphere }: { partners: PartnerListItem[]; sphere: Sphere | null }) {
  const t = useTranslations("Partners");
  const tc = useTranslations("Content");
  const groups = partnerGroups
    .map((group) => ({ group, members: partners.filter((p) => p.group === group) }))
    .filter(({ members }) => members.length > 0);

  return (
    <>
      <PageHeader
        eyebrow={t("eyebrow")}
        title={sphere ? t("sphereTitle", { sphere: tc(`spheres.${sphere}`) }) : t("title")}
        lead={t("lead")}
      />
      <div className="container-page py-8">
        <SphereFilter active={sphere} />
        <p data-ui-number="count" className="mt-4 text-muted">
          {sphere ? t("filtered", { count: partners.length, sphere: tc(`spheres.${sphere}`) }) : t("total", { count: partners.length })}
        </p>
        {groups.length === 0 ? <p className="mt-6 rounded-lg border border-line bg-paper p-5">{t("none")}</p> : null}
        {groups.map(({ group, members }) => (
          <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
            <h2 id={`group-${group}`} className="text-2xl font-bold tracking-tight">
              {tc(`groups.${group}`)}
            </h2>
            <p className="mt-1 max-w-3xl text-muted">{tc(`groupIntro.${group}`)}</p>
            <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {members.map((partner) => (
                <li key={partner.slug}>
                  <PartnerCard partner={partner} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className="mt-10">
          <Link href="/map" className="font-medium text-brand-700 underline hover:text-brand-900">
            {t("mapLink")}
          </Link>
        </p>
      </div>
    </>
  );
}
