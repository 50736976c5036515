import { useTranslations } from "next-intl";
import type { QueueFilters } from "@/lib/applications/queue-filters";
import { queueQueryString } from "@/lib/applications/queue-filters";
import { Link } from "@/lib/i18n/link";
import { StatusPill } from "./status-pill";

/** Applications per status, each a link to the queue filtered by it (and by the other filters in force). */
export function StatusCounts({ counts, filters = {} }: { counts: Record<string, number>; filters?: Partial<QueueFilters> }) {
  const t = useTranslations("Admin");
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <table className="w-full max-w-xl border-collapse text-sm">
      <caption className="sr-only">{t("dashboard.byStatus")}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="px-2 py-1 text-start">
            {t("status")}
          </th>
          <th scope="col" className="px-2 py-1 text-end">
            {t("count")}
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts).map(([status, n]) => (
          <tr key={status} className="border-b border-line">
            <th scope="row" className="px-2 py-1 text-start font-normal">
              <Link href={`/admin/applications${queueQueryString({ ...filters, status: status as QueueFilters["status"] })}`} aria-current={filters.status === status ? "true" : undefined}>
                <StatusPill status={status as Parameters<typeof StatusPill>[0]["status"]} />
              </Link>
            </th>
            <td className="px-2 py-1 text-end tabular-nums">{n}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="px-2 py-1 text-start">
            {t("total")}
          </th>
          <td className="px-2 py-1 text-end font-semibold tabular-nums">{total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
