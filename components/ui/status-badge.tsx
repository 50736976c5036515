import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { FigureStatus } from "@/lib/content/enums";

const tones: Record<FigureStatus, string> = {
  confirmed: "border-brand-700 bg-brand-50 text-brand-900",
  conflicting: "border-warn-800 bg-warn-50 text-warn-800",
  to_be_confirmed: "border-lotus-600 bg-lotus-50 text-lotus-600",
};
const symbols: Record<FigureStatus, string> = { confirmed: "✓", conflicting: "≠", to_be_confirmed: "?" };

/** The status of a figure as text (never colour alone), with a symbol for quick scanning. */
export function StatusBadge({ status, label }: { status: FigureStatus; label?: string }) {
  const t = useTranslations("Content");
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap",
        tones[status],
      )}
    >
      <span aria-hidden="true">{symbols[status]}</span>
      {label ?? t(`status.${status}`)}
    </span>
  );
}
