"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { EligibilityResult } from "@/lib/sez/eligibility";
import { ELIGIBILITY_SOURCES, REASON_SOURCES, sourcesOf } from "@/lib/sez/reason-sources";

/** Eligible or not yet, every rule with its outcome in words, and the sources. */
export function EligibilityResultView({ result, headingRef }: { result: EligibilityResult; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("Eligibility");
  const sourceNumber = (key: keyof typeof ELIGIBILITY_SOURCES) => sourcesOf(result.reasons.map((r) => r.code)).indexOf(key) + 1;

  return (
    // One block: every rule's text cites by number the sources named at its foot.
    <section aria-labelledby="result-title" data-sourced="" className={clsx("rounded-lg border-2 p-6", result.eligible ? "border-brand-700 bg-brand-50" : "border-warn-800 bg-warn-50")}>
      <h2 id="result-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {result.eligible ? t("result.eligible") : t("result.notYet")}
      </h2>
      <p className="mt-2">{result.eligible ? t("result.eligibleBody") : t("result.notYetBody")}</p>
      <ul className="mt-5 space-y-3">
        {result.reasons.map((reason) => (
          <li key={reason.code} className="flex gap-3 rounded border border-line bg-white p-3">
            <span aria-hidden="true" className={clsx("font-bold", reason.ok ? "text-brand-700" : "text-danger-700")}>
              {reason.ok ? "✓" : "✗"}
            </span>
            <div>
              <p className="text-sm font-semibold">
                {reason.ok ? t("result.met") : t("result.notMet")} · {reason.severity === "blocking" ? t("result.blocking") : t("result.advisory")}
              </p>
              <p>{t(`reasons.${reason.code}.${reason.ok ? "ok" : "notOk"}`)}</p>
              <p className="text-xs text-muted">
                {t("result.sourceRefs")} {REASON_SOURCES[reason.code].map((key) => `[${sourceNumber(key)}]`).join(" ")}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 font-semibold">{t("result.sourcesTitle")}</h3>
      <ol data-cite="" className="mt-2 list-decimal space-y-1 ps-6 text-sm">
        {sourcesOf(result.reasons.map((r) => r.code)).map((key) => {
          const url = ELIGIBILITY_SOURCES[key];
          return (
            <li key={key}>
              {url ? (
                <a href={url} rel="external noopener" className="text-brand-700 underline hover:text-brand-900">
                  {t(`sources.${key}`)}
                </a>
              ) : (
                <cite className="not-italic">{t(`sources.${key}`)}</cite>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-5 text-sm text-muted">{t("result.disclaimer")}</p>
      {result.eligible ? (
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/apply" className="font-semibold text-brand-700 underline hover:text-brand-900">
            {t("result.apply")}
          </Link>
          <Link href="/register" className="font-semibold text-brand-700 underline hover:text-brand-900">
            {t("result.register")}
          </Link>
        </p>
      ) : (
        <p className="mt-4">
          <Link href="/sez#requirements" className="font-semibold text-brand-700 underline hover:text-brand-900">
            {t("result.requirements")}
          </Link>
        </p>
      )}
    </section>
  );
}
