import { useTranslations } from "next-intl";
import { partnerGroups } from "@/lib/content/enums";
import type { PartnerListItem } from "@/lib/content/types";
import { Link } from "@/lib/i18n/link";

/** The map's text alternative: every partner as a link, by group. Visible to everyone. */
export function MapList({
  partners,
  headingLevel,
}: {
  partners: Array<Pick<PartnerListItem, "slug" | "name" | "group">>;
  headingLevel: 2 | 3;
}) {
  const t = useTranslations("Map");
  const tc = useTranslations("Content");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <div className="rounded-lg border border-line bg-white p-5">
      <Heading className="text-lg font-semibold">{t("listTitle")}</Heading>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {partnerGroups.map((group) => {
          const members = partners.filter((p) => p.group === group);
          if (members.length === 0) return null;
          return (
            <div key={group}>
              <Sub className="text-sm font-semibold text-muted">{tc(`groups.${group}`)}</Sub>
              <ul className="mt-1">
                {members.map((p) => (
                  <li key={p.slug}>
                    <Link
                      href={`/partners/${p.slug}`}
                      className="inline-flex min-h-6 items-center py-0.5 text-brand-700 underline hover:text-brand-900"
                    >
                      {p.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
