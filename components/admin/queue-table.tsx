import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { QueueRow } from "@/lib/applications/staff-queries";
import { Link } from "@/lib/i18n/link";
import { DeadlineBadge } from "@/components/council/deadline-badge";
import { StatusPill } from "./status-pill";

/** The queue as a real table: caption, column headers with scope, the reference links to the detail. */
export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const t = useTranslations("AdminQueue");
  const tSector = useTranslations("Eligibility");
  const tDeadline = useTranslations("Deadline");
  const format = useFormatter();
  const countries = new Intl.DisplayNames([useLocale()], { type: "region" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            {(["reference", "company", "country", "sector", "investment", "status", "submitted", "reviewer"] as const).map((column) => (
              <th key={column} scope="col" className="px-2 py-2 text-start font-semibold">
                {t(`columns.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-start font-semibold">
              {tDeadline("column")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <th scope="row" className="px-2 py-2 text-start font-medium">
                <Link href={`/admin/applications/${row.id}`} className="text-brand-700 underline">
                  {row.reference ?? "—"}
                </Link>
              </th>
              <td className="px-2 py-2 break-words">
                {row.companyName}
                <span className="block text-muted">{row.contactName}</span>
              </td>
              <td className="px-2 py-2">{row.country ? (countries.of(row.country) ?? row.country) : "—"}</td>
              <td className="px-2 py-2">{row.sector ? tSector(`options.sector.${row.sector as "other"}`) : "—"}</td>
              <td className="px-2 py-2 text-end whitespace-nowrap">
                {row.investmentRub !== null ? format.number(row.investmentRub, { maximumFractionDigits: 0 }) : "—"}
                {row.belowThreshold ? <span className="block font-semibold text-warn-800">{t("belowThreshold")}</span> : null}
              </td>
              <td className="px-2 py-2">
                <StatusPill status={row.status} />
              </td>
              <td className="px-2 py-2 whitespace-nowrap">{row.submittedAt ? format.dateTime(row.submittedAt, { dateStyle: "medium" }) : "—"}</td>
              <td className="px-2 py-2">{row.reviewerName ?? <span className="text-muted">{t("unassigned")}</span>}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                <DeadlineBadge submittedAt={row.submittedAt} status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
