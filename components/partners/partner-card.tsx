import { useTranslations } from "next-intl";
import { Chip } from "@/components/ui/section";
import type { PartnerListItem } from "@/lib/content/types";
import { SourceCite } from "@/components/ui/source-cite";
import { Link } from "@/lib/i18n/link";
import { StageBadge } from "./stage-badge";

/** One partner in the index: the name is the link, the whole card is clickable. */
export function PartnerCard({ partner }: { partner: PartnerListItem }) {
  const tc = useTranslations("Content");
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-line bg-white p-5 shadow-sm transition-colors hover:border-brand-700">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-xl font-semibold">
          <Link href={`/partners/${partner.slug}`} className="text-brand-700 after:absolute after:inset-0 hover:underline">
            {partner.name}
          </Link>
        </h3>
        <StageBadge stage={partner.stage} />
      </div>
      <div data-sourced="" className="mt-3 flex-1">
        <p className="line-clamp-4 text-muted">{partner.summary}</p>
        <SourceCite source={partner.source} className="mt-2 text-xs text-muted" />
      </div>
      {partner.spheres.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-1.5" aria-label={tc("spheresLabel")}>
          {partner.spheres.map((sphere) => (
            <li key={sphere}>
              <Chip>{tc(`spheres.${sphere}`)}</Chip>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
