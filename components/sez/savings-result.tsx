"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Ref } from "react";
import { formatPartialDate } from "@/lib/content/format";
import { SAVINGS_SOURCES, type SavingsEstimate, type SavingsSource, type TaxSaving } from "@/lib/sez/savings";
import { SavingsStatus } from "./savings-status";

/** The estimate per tax, with years, annual and total saving, status and sources; then the totals. */
export function SavingsResult({ estimate, headingRef }: { estimate: SavingsEstimate; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("Savings");
  const locale = useLocale();
  const rub = new Intl.NumberFormat(locale, { style: "currency", currency: "RUB", maximumFractionDigits: 0 });
  const rows: TaxSaving[] = [estimate.property, estimate.land, ...estimate.transport, ...(estimate.profit ? [estimate.profit] : [])];
  const allSources = [...new Set(rows.flatMap((row) => row.sources))];
  const { min, max } = estimate.totals.unconfirmed;

  return (
    <section aria-labelledby="estimate-title">
      <h2 id="estimate-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {t("result.title")}
      </h2>
      <p role="note" className="mt-3 rounded-lg border-s-4 border-lotus-600 bg-lotus-50 p-4 font-medium text-ink">
        {t("note")}
      </p>
      <div className="mt-5 overflow-x-auto rounded-lg border border-line">
        <table className="w-full min-w-[44rem] border-collapse text-start">
          <caption className="bg-paper px-4 py-3 text-start text-sm text-muted">{t("result.caption")}</caption>
          <thead className="bg-paper text-sm">
            <tr>
              {(["tax", "years", "annual", "total", "status", "source"] as const).map((key) => (
                <th key={key} scope="col" className="px-4 py-2 text-start font-semibold">
                  {t(`result.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.tax}-${row.source}`} data-sourced="" className="border-t border-line align-top">
                <th scope="row" className="px-4 py-3 text-start font-semibold">
                  {t(`taxes.${row.tax}`)}
                  {/* The exemption's condition travels with the figure it limits. */}
                  {row.registeredAfter ? (
                    <span className="mt-1 block text-xs font-normal text-muted">
                      {t("result.propertyCondition", { date: formatPartialDate(row.registeredAfter, locale) ?? row.registeredAfter })}
                    </span>
                  ) : null}
                </th>
                <td className="px-4 py-3 tabular-nums">{t("result.yearsValue", { years: row.yearsOfHoliday })}</td>
                <td className="px-4 py-3 text-end tabular-nums">{rub.format(row.annualSaving)}</td>
                <td className="px-4 py-3 text-end font-semibold tabular-nums">{rub.format(row.totalSaving)}</td>
                <td className="px-4 py-3">
                  <SavingsStatus status={row.status} />
                </td>
                <td data-cite="" className="px-4 py-3 text-sm">
                  <SourceNames sources={row.sources} />
                </td>
              </tr>
            ))}
            {estimate.profit ? null : (
              <tr className="border-t border-line">
                <th scope="row" className="px-4 py-3 text-start font-semibold">{t("taxes.profit")}</th>
                <td colSpan={5} className="px-4 py-3 text-muted">{t("result.profitNotCompared")}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div data-sourced="">
        <dl className="mt-5 grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border border-brand-700 bg-brand-50 p-5">
            <dt className="font-semibold">{t("result.confirmedTotal")}</dt>
            <dd className="mt-1 text-2xl font-bold text-brand-900 tabular-nums">{rub.format(estimate.totals.confirmed)}</dd>
          </div>
          <div className="rounded-lg border border-warn-800 bg-warn-50 p-5">
            <dt className="font-semibold">{estimate.profit ? t("result.unconfirmedWithProfit") : t("result.unconfirmed")}</dt>
            <dd className="mt-1 text-2xl font-bold text-warn-800 tabular-nums">
              {min === max ? rub.format(min) : t("result.range", { min: rub.format(min), max: rub.format(max) })}
            </dd>
          </div>
        </dl>
        <p data-cite="" className="mt-3 text-sm text-muted">
          {t("result.sourcesTitle")}: <SourceNames sources={allSources} />
        </p>
      </div>
      <p className="mt-4 text-sm text-muted">{t("result.assumption")}</p>
    </section>
  );
}

/** Source names, linked when the source is on the web, separated by semicolons. */
function SourceNames({ sources }: { sources: readonly SavingsSource[] }) {
  const t = useTranslations("Savings.sources");
  return sources.map((key, i) => {
    const { url } = SAVINGS_SOURCES[key];
    return (
      <span key={key}>
        {i > 0 ? "; " : null}
        {url ? (
          <a href={`https://${url}`} rel="external noopener" className="text-brand-700 underline hover:text-brand-900">
            {t(key)}
          </a>
        ) : (
          <cite className="not-italic">{t(key)}</cite>
        )}
      </span>
    );
  });
}
