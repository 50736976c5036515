import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeadlineBadge } from "@/components/council/deadline-badge";
import { DeadlineNote } from "@/components/council/deadline-note";
import { getDb } from "@/db/client";
import { requirePageViewer } from "@/lib/auth/session";
import { listCouncilQueue } from "@/lib/council/queries";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Council");
  return { title: t("queue.heading") };
}

/** The council member's list: applications in expert review, overdue and closest to the deadline first. */
export default async function CouncilQueuePage() {
  const viewer = await requirePageViewer("council");
  const [rows, t, tDeadline, format] = await Promise.all([listCouncilQueue(getDb(), viewer), getTranslations("Council"), getTranslations("Deadline"), getFormatter()]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("queue.heading")}</h1>
        <p className="max-w-prose">{t("queue.lead")}</p>
        <DeadlineNote />
      </header>
      {rows.length === 0 ? (
        <p role="status" className="text-muted">
          {t("queue.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm">
            <caption className="mb-2 text-start font-semibold">{t("queue.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                {[t("queue.reference"), t("queue.company"), t("queue.submitted"), tDeadline("column"), t("queue.opinion")].map((label) => (
                  <th key={label} scope="col" className="px-2 py-2 text-start font-semibold">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <th scope="row" className="px-2 py-2 text-start font-medium">
                    <Link href={`/council/applications/${row.id}`} className="text-brand-700 underline">
                      {row.reference ?? "—"}
                    </Link>
                  </th>
                  <td className="px-2 py-2 break-words">{row.companyName ?? "—"}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{row.submittedAt ? format.dateTime(row.submittedAt, { dateStyle: "medium" }) : "—"}</td>
                  <td className="px-2 py-2 whitespace-nowrap">
                    <DeadlineBadge submittedAt={row.submittedAt} status="expert_review" />
                  </td>
                  <td className="px-2 py-2">{row.opinionGiven ? t("queue.given") : <span className="font-semibold">{t("queue.missing")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
