"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { SavingStatus } from "@/lib/sez/savings";

const tones: Record<SavingStatus, string> = {
  confirmed: "border-brand-700 bg-brand-50 text-brand-900",
  conflicting: "border-warn-800 bg-warn-50 text-warn-800",
  to_be_confirmed: "border-lotus-600 bg-lotus-50 text-lotus-600",
};
const symbols: Record<SavingStatus, string> = { confirmed: "✓", conflicting: "≠", to_be_confirmed: "?" };

/** The status of a saving in words, with the reason for doubt below it. */
export function SavingsStatus({ status }: { status: SavingStatus }) {
  const t = useTranslations("Savings.status");
  return (
    <div>
      <span className={clsx("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", tones[status])}>
        <span aria-hidden="true">{symbols[status]}</span>
        {t(`${status}.label`)}
      </span>
      {status === "confirmed" ? null : <p className="mt-1 text-xs text-muted">{t(`${status}.note`)}</p>}
    </div>
  );
}
