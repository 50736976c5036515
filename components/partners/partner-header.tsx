import { useTranslations } from "next-intl";
import type { PartnerProfile } from "@/lib/content/types";
import { SourceCite } from "@/components/ui/source-cite";
import { Link } from "@/lib/i18n/link";
import { StageBadge } from "./stage-badge";

/** Breadcrumb, name, group and stage, summary and spheres (each a link to the filtered index). */
export function PartnerHeader({ partner }: { partner: PartnerProfile }) {
  const t = useTranslations("Partner");
  const tc = useTranslations("Content");
  return (
    <header className="border-b border-line bg-paper">
      <div className="container-page py-10">
        <nav aria-label={t("breadcrumb")} className="text-sm">
          <ol className="flex flex-wrap gap-2 text-muted">
            <li>
              <Link href="/partners" className="text-brand-700 underline hover:text-brand-900">
                {t("partners")}
              </Link>
              <span aria-hidden="true" className="ms-2">/</span>
            </li>
            <li aria-current="page">{partner.name}</li>
          </ol>
        </nav>
        <p className="mt-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">{tc(`groups.${partner.group}`)}</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{partner.name}</h1>
          <StageBadge stage={partner.stage} />
        </div>
        <div data-sourced="" className="mt-4 max-w-3xl">
          <p className="text-lg">{partner.summary}</p>
          <SourceCite source={partner.source} className="mt-2 text-sm text-muted" />
        </div>
        <div className="mt-5">
          <h2 className="text-sm font-semibold text-muted">{t("spheres")}</h2>
          {partner.spheres.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-2">
              {partner.spheres.map((sphere) => (
                <li key={sphere}>
                  <Link
                    href={`/partners/sphere/${sphere}`}
                    className="inline-flex min-h-8 items-center rounded-full bg-white px-3 py-1 text-sm text-brand-900 underline decoration-brand-100 ring-1 ring-brand-100 hover:ring-brand-700"
                  >
                    {tc(`spheres.${sphere}`)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-muted">{t("noSpheres")}</p>
          )}
        </div>
      </div>
    </header>
  );
}
