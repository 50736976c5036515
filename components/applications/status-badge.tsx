import { useTranslations } from "next-intl";
import { clsx } from "clsx";
import type { ApplicationStatus } from "@/lib/applications/status";

const tone: Record<ApplicationStatus, string> = {
  draft: "border-line bg-paper text-muted",
  submitted: "border-brand-600 bg-brand-50 text-brand-900",
  screening: "border-brand-600 bg-brand-50 text-brand-900",
  info_requested: "border-warn-800 bg-warn-50 text-warn-800",
  resubmitted: "border-brand-600 bg-brand-50 text-brand-900",
  expert_review: "border-brand-600 bg-brand-50 text-brand-900",
  approved: "border-green-800 bg-green-50 text-green-900",
  rejected: "border-danger-700 bg-red-50 text-danger-700",
  withdrawn: "border-line bg-paper text-muted",
};

/** The status as words (never colour alone). */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("Apply");
  return <span className={clsx("inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium", tone[status])}>{t(`statuses.${status}`)}</span>;
}
