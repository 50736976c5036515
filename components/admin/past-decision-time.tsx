import { getTranslations } from "next-intl/server";
import { DeadlineNote } from "@/components/council/deadline-note";
import type { QueueRow } from "@/lib/applications/staff-queries";
import { QueueTable } from "./queue-table";

/** The open applications past the 40-day decision time, shown first on the overview and the queue. */
export async function PastDecisionTime({ rows }: { rows: QueueRow[] }) {
  if (rows.length === 0) return null;
  const t = await getTranslations("Deadline");
  return (
    <section aria-labelledby="past-decision-heading" className="rounded-lg border-2 border-danger-700 p-4">
      <h2 id="past-decision-heading" className="text-xl font-semibold">
        {t("overdueHeading")}
      </h2>
      <p className="mb-3 text-muted">{t("overdueLead")}</p>
      <QueueTable rows={rows} caption={t("overdueHeading")} />
      <div className="mt-3">
        <DeadlineNote />
      </div>
    </section>
  );
}
