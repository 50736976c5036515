import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { getDb } from "@/db/client";
import { listMyApplications } from "@/lib/applications/investor-queries";
import { requirePageViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply");
  return { title: t("list.title"), robots: { index: false } };
}

export default async function MyApplicationsPage() {
  const viewer = await requirePageViewer("investor");
  const t = await getTranslations("Apply");
  const format = await getFormatter();
  const rows = await listMyApplications(getDb(), viewer);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <Link href="/apply" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("list.new")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <caption className="sr-only">{t("list.caption")}</caption>
            <thead>
              <tr className="border-b border-line text-start text-sm text-muted">
                <th scope="col" className="py-2 pe-4 text-start">{t("list.reference")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("list.company")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("list.status")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("list.submitted")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line">
                  <th scope="row" className="py-3 pe-4 text-start font-medium">
                    <Link href={row.status === "draft" ? `/applications/${row.id}/edit/${row.lastStep}` : `/applications/${row.id}`} className="text-brand-700 underline">
                      {row.reference ?? t("list.draft")}
                    </Link>
                  </th>
                  <td className="py-3 pe-4">{row.companyName ?? "—"}</td>
                  <td className="py-3 pe-4"><StatusBadge status={row.status} /></td>
                  <td className="py-3 pe-4">{date(row.submittedAt)}</td>
                  <td className="py-3 pe-4">{date(row.statusChangedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
