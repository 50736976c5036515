import { useTranslations } from "next-intl";
import type { EligibilityResult } from "@/lib/sez/eligibility";

/** The published rules applied to what the applicant declared: the same check as the public page. */
export function EligibilityPanel({ result }: { result: EligibilityResult | null }) {
  const t = useTranslations("AdminDetail");
  const tRules = useTranslations("Eligibility");
  if (!result) return <p className="text-muted">{t("eligibility.incomplete")}</p>;
  return (
    <div>
      <p className="font-semibold">
        <span aria-hidden="true">{result.eligible ? "✓ " : "✕ "}</span>
        {result.eligible ? tRules("result.eligible") : tRules("result.notYet")}
      </p>
      <ul className="mt-2 flex flex-col gap-1">
        {result.reasons.map((reason) => (
          <li key={reason.code} className="flex gap-2">
            <span className={reason.ok ? "font-semibold text-brand-700" : "font-semibold text-danger-700"}>
              <span aria-hidden="true">{reason.ok ? "✓" : "✕"} </span>
              {reason.ok ? tRules("result.met") : tRules("result.notMet")}
            </span>
            <span className="text-sm text-muted">({tRules(`result.${reason.severity}`)})</span>
            <span>{tRules(`reasons.${reason.code}.${reason.ok ? "ok" : "notOk"}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
