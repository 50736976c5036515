import { useTranslations } from "next-intl";
import { partnerGroups } from "@/lib/content/enums";
import type { PartnerListItem } from "@/lib/content/types";
import { Link } from "@/lib/i18n/link";

/** The region's priorities abroad, one card per group of partner countries. */
export function Priorities({ partners }: { partners: Array<Pick<PartnerListItem, "slug" | "name" | "group">> }) {
  const t = useTranslations("Region.priorities");
  const tc = useTranslations("Content");
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {partnerGroups.map((group) => (
        <li key={group} className="rounded-lg border border-line bg-white p-5">
          <h3 className="text-lg font-semibold">{tc(`groups.${group}`)}</h3>
          <p className="mt-2 text-muted">{t(group)}</p>
          <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {partners
              .filter((p) => p.group === group)
              .map((p) => (
                <Link key={p.slug} href={`/partners/${p.slug}`} className="inline-flex min-h-6 items-center font-medium text-brand-700 underline hover:text-brand-900">
                  {p.name}
                </Link>
              ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
