import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
import type { SezFigureItem } from "@/lib/content/types";
import { FigureSources } from "./figure-sources";

/** Resident incentives: terms, status (in words) with its note, source and date. */
export function IncentivesTable({ figures }: { figures: SezFigureItem[] }) {
  const t = useTranslations("Sez.incentives");
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse text-start">
        <caption className="bg-paper px-4 py-3 text-start text-sm text-muted">{t("caption")}</caption>
        <thead className="bg-paper text-sm">
          <tr>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("incentive")}</th>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("terms")}</th>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("status")}</th>
            <th scope="col" className="px-4 py-2 text-start font-semibold">{t("source")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key} data-sourced="" className="border-t border-line align-top">
              <th scope="row" className="px-4 py-3 text-start font-semibold">{figure.label}</th>
              <td className="px-4 py-3">
                <p>{figure.displayText}</p>
                {figure.statusNote ? <p className="mt-1 text-sm text-warn-800">{figure.statusNote}</p> : null}
              </td>
              <td className="px-4 py-3">
                <StatusBadge status={figure.status} />
              </td>
              <td className="px-4 py-3">
                <FigureSources figure={figure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
