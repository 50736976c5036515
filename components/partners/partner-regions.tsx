import { useLocale, useTranslations } from "next-intl";
import { Sourced } from "@/components/ui/sourced";
import { formatYearSpan } from "@/lib/content/format";
import type { PartnerRegionItem } from "@/lib/content/types";

/** Partner regions and the year ties began, as a table. */
export function PartnerRegions({ regions, country }: { regions: PartnerRegionItem[]; country: string }) {
  const t = useTranslations("Partner.regions");
  const locale = useLocale();
  return (
    <Sourced sources={regions.map((r) => r.source)}>
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-start">
        <caption className="bg-paper px-4 py-3 text-start text-sm text-muted">{t("caption", { country })}</caption>
        <thead className="bg-paper text-sm">
          <tr>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("region")}</th>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("since")}</th>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.slug} className="border-t border-line">
              <th scope="row" className="px-4 py-2 text-start font-medium">{region.name}</th>
              <td className="px-4 py-2 tabular-nums">{formatYearSpan(region.yearFrom, region.yearTo, locale) ?? t("noYear")}</td>
              <td className="px-4 py-2 text-muted">{region.tiesNote ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </Sourced>
  );
}
