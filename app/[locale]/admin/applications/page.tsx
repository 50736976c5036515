import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PastDecisionTime } from "@/components/admin/past-decision-time";
import { QueueFilterForm } from "@/components/admin/queue-filter-form";
import { QueueTable } from "@/components/admin/queue-table";
import { StatusCounts } from "@/components/admin/status-counts";
import { getDb } from "@/db/client";
import { parseQueueFilters, queueFilterErrors, queueQueryString } from "@/lib/applications/queue-filters";
import { countByStatus, listPastDecisionTime, listQueue, listReviewers } from "@/lib/applications/staff-queries";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminQueue");
  return { title: t("title") };
}

export default async function QueuePage({ params, searchParams }: PageProps<"/[locale]/admin/applications">) {
  const viewer = await requirePageViewer(...STAFF_ROLES);
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  const filters = parseQueueFilters(raw);
  const invalid = Object.fromEntries(queueFilterErrors(raw).map((field) => [field, String([raw[field]].flat()[0])]));
  const db = getDb();
  const [page, counts, reviewers, pastDecision, t] = await Promise.all([
    listQueue(db, viewer, filters),
    countByStatus(db, viewer, filters),
    listReviewers(db, viewer),
    // Overdue first: the first page of the queue opens with them, whatever the filters.
    filters.after ? Promise.resolve([]) : listPastDecisionTime(db, viewer),
    getTranslations("AdminQueue"),
  ]);
  const withoutCursor = { ...filters, after: undefined };
  const exportHref = `/api/admin/export${queueQueryString(withoutCursor)}`;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <a href={exportHref} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50" download>
          {t("export")}
        </a>
      </div>
      <PastDecisionTime rows={pastDecision} />
      <QueueFilterForm action={`/${locale}/admin/applications`} filters={filters} reviewers={reviewers} invalid={invalid} />
      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer font-medium">{t("countsSummary")}</summary>
        <div className="mt-3">
          <StatusCounts counts={counts} filters={withoutCursor} />
        </div>
      </details>
      {page.rows.length === 0 ? (
        <p role="status" className="text-muted">
          {t("empty")}
        </p>
      ) : (
        <QueueTable rows={page.rows} caption={t("caption", { count: page.rows.length })} />
      )}
      <nav aria-label={t("pagination")} className="flex gap-4">
        {filters.after ? (
          <Link href={`/admin/applications${queueQueryString(withoutCursor)}`} className="text-brand-700 underline">
            {t("firstPage")}
          </Link>
        ) : null}
        {page.next ? (
          <Link href={`/admin/applications${queueQueryString(withoutCursor, { after: page.next })}`} className="text-brand-700 underline">
            {t("nextPage")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
