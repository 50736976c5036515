import { useTranslations } from "next-intl";
import { TERMINAL, type ApplicationStatus } from "@/lib/applications/status";
import { daysLeft } from "@/lib/council/deadline";

/** Days left of the 40-day decision time (or days overdue); nothing once decided or withdrawn. */
export function DeadlineBadge({ submittedAt, status }: { submittedAt: Date | null; status: ApplicationStatus }) {
  const t = useTranslations("Deadline");
  if (!submittedAt || status === "draft" || TERMINAL.includes(status)) return <span className="text-muted">—</span>;
  const days = daysLeft(submittedAt);
  if (days < 0) return <span className="font-semibold text-danger-700">{t("overdue", { days: -days })}</span>;
  if (days === 0) return <span className="font-semibold text-warn-800">{t("dueToday")}</span>;
  return <span>{t("daysLeft", { days })}</span>;
}
