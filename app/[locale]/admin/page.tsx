import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PastDecisionTime } from "@/components/admin/past-decision-time";
import { QueueTable } from "@/components/admin/queue-table";
import { StatusCounts } from "@/components/admin/status-counts";
import { getDb } from "@/db/client";
import { parseQueueFilters } from "@/lib/applications/queue-filters";
import { countByStatus, listPastDecisionTime, listUnassignedOverdue } from "@/lib/applications/staff-queries";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";

const OVERDUE_DAYS = 7;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("dashboard.title") };
}

/** The staff overview: how many applications are in each status, and who has waited too long unassigned. */
export default async function AdminDashboard() {
  const viewer = await requirePageViewer(...STAFF_ROLES);
  const db = getDb();
  const [counts, overdue, pastDecision, t] = await Promise.all([
    countByStatus(db, viewer, parseQueueFilters({})),
    listUnassignedOverdue(db, viewer, OVERDUE_DAYS),
    listPastDecisionTime(db, viewer),
    getTranslations("Admin"),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t("dashboard.title")}</h1>
      <PastDecisionTime rows={pastDecision} />
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="mb-3 text-xl font-semibold">
          {t("dashboard.byStatus")}
        </h2>
        <StatusCounts counts={counts} />
      </section>
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading" className="mb-3 text-xl font-semibold">
          {t("dashboard.overdue", { days: OVERDUE_DAYS })}
        </h2>
        {overdue.length === 0 ? (
          <p className="text-muted">{t("dashboard.noOverdue")}</p>
        ) : (
          <QueueTable rows={overdue} caption={t("dashboard.overdue", { days: OVERDUE_DAYS })} />
        )}
        <p className="mt-3">
          <Link href={`/admin/applications?reviewer=unassigned&staleDays=${OVERDUE_DAYS}&sort=submitted_at&dir=asc`} className="text-brand-700 underline">
            {t("dashboard.openOverdue")}
          </Link>
        </p>
      </section>
    </div>
  );
}
