import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DayFilter } from "@/components/admin/day-filter";
import { inputClass } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { auditFilterErrors, listAuditActions, listAuditEvents, parseAuditFilters } from "@/lib/admin/audit-log";
import { requirePageViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAudit");
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const viewer = await requirePageViewer("admin");
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  const filters = parseAuditFilters(raw);
  // A date that names no real day is ignored by the filter and marked on its field, value kept.
  const invalid: Partial<Record<"from" | "to", string>> = Object.fromEntries(auditFilterErrors(raw).map((field) => [field, String([raw[field]].flat()[0])]));
  const db = getDb();
  const [page, actions, t, format] = await Promise.all([listAuditEvents(db, viewer, filters), listAuditActions(db, viewer), getTranslations("AdminAudit"), getFormatter()]);
  const query = (after?: string) => {
    const params = new URLSearchParams(Object.entries({ action: filters.action, from: filters.from, to: filters.to, after }).filter((e): e is [string, string] => Boolean(e[1])));
    return params.size ? `?${params}` : "";
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <form method="get" action={`/${locale}/admin/audit`} aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-paper p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="a-action" className="text-sm font-medium">{t("action")}</label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {actions.map((action) => <option key={action} value={action}>{action}</option>)}
          </select>
        </div>
        <DayFilter id="a-from" name="from" label={t("from")} value={filters.from} invalid={invalid.from} />
        <DayFilter id="a-to" name="to" label={t("to")} value={filters.to} invalid={invalid.to} />
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t("apply")}</button>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-start font-semibold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              {(["at", "actor", "action", "subject", "ip", "detail"] as const).map((c) => <th key={c} scope="col" className="px-2 py-2 text-start">{t(`columns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <th scope="row" className="px-2 py-2 text-start font-normal whitespace-nowrap">
                  <time dateTime={row.at.toISOString()}>{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" })}</time>
                </th>
                <td className="px-2 py-2 break-all">{row.actorName ? `${row.actorName} (${row.actorEmail})` : t("system")}</td>
                <td className="px-2 py-2 font-mono">{row.action}</td>
                <td className="px-2 py-2 break-all">{row.subjectType === "application" && row.subjectId ? <Link href={`/admin/applications/${row.subjectId}`} className="text-brand-700 underline">{row.subjectId}</Link> : [row.subjectType, row.subjectId].filter(Boolean).join(" ")}</td>
                <td className="px-2 py-2">{row.ip}</td>
                <td className="px-2 py-2 font-mono text-xs break-all">{row.detail ? JSON.stringify(row.detail).slice(0, 300) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.rows.length === 0 ? <p role="status" className="text-muted">{t("empty")}</p> : null}
      <nav aria-label={t("pagination")} className="flex gap-4">
        {filters.after ? <Link href={`/admin/audit${query()}`} className="text-brand-700 underline">{t("firstPage")}</Link> : null}
        {page.next ? <Link href={`/admin/audit${query(page.next)}`} className="text-brand-700 underline">{t("nextPage")}</Link> : null}
      </nav>
    </div>
  );
}
