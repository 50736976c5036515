import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/lib/applications/status";

const tones: Record<ApplicationStatus, string> = {
  draft: "border-line bg-paper text-muted",
  submitted: "border-brand-700 bg-brand-50 text-brand-900",
  screening: "border-brand-700 bg-brand-50 text-brand-900",
  info_requested: "border-warn-800 bg-warn-50 text-warn-800",
  resubmitted: "border-brand-700 bg-brand-50 text-brand-900",
  expert_review: "border-brand-700 bg-brand-50 text-brand-900",
  approved: "border-brand-900 bg-brand-100 text-brand-900",
  rejected: "border-danger-700 bg-red-50 text-danger-700",
  withdrawn: "border-line bg-paper text-muted",
};
const symbols: Record<ApplicationStatus, string> = {
  draft: "…",
  submitted: "•",
  screening: "•",
  info_requested: "?",
  resubmitted: "↺",
  expert_review: "•",
  approved: "✓",
  rejected: "✕",
  withdrawn: "–",
};

/** The status in words (never colour alone), with a symbol for scanning. */
export function StatusPill({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("Admin");
  return (
    <span className={clsx("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold whitespace-nowrap", tones[status])}>
      <span aria-hidden="true">{symbols[status]}</span>
      {t(`statuses.${status}`)}
    </span>
  );
}
