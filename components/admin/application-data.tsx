import { useLocale, useTranslations } from "next-intl";
import type { ApplicationSteps } from "@/lib/applications/application-steps";
import { REQUESTABLE_FIELDS } from "@/lib/applications/review-validation";
import { formatAmount, formatNumber, formatPercent, formatYear } from "@/lib/format/numbers";

type Step = "company" | "project" | "investment" | "contact";
const STEPS: Step[] = ["company", "project", "investment", "contact"];

/** Years ungrouped ("2025", not "2,025"), the amount in roubles, the capital share as a percentage. */
function formatField(field: string, value: number, locale: string): string {
  if (field.endsWith("Year")) return formatYear(value, locale);
  if (field === "totalRub") return formatAmount(value, locale);
  if (field === "capitalSharePercent") return formatPercent(value, locale);
  return formatNumber(value, locale);
}

/** Everything the applicant sent, step by step, as text (never HTML; links only for http(s)). */
export function ApplicationData({ application }: { application: ApplicationSteps }) {
  const t = useTranslations("AdminDetail");
  const locale = useLocale();
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const show = (step: Step, field: string, value: unknown) => {
    if (value === undefined || value === null || value === "") return <span className="text-muted">{t("empty")}</span>;
    if (typeof value === "boolean") return t(value ? "yes" : "no");
    if (typeof value === "number") return formatField(field, value, locale);
    const text = String(value);
    if (step === "company" && field === "website" && /^https?:\/\//i.test(text)) {
      return (
        <a href={text} rel="external noopener noreferrer nofollow" className="break-all text-brand-700 underline">
          {text}
        </a>
      );
    }
    if (field === "country") return countries.of(text) ?? text;
    // Any configured locale, named in the reader's language (the catalog names only en and ru).
    if (field === "preferredLanguage") return languages.of(text) ?? text;
    const key = `values.${field}.${text}`;
    return t.has(key as never) ? t(key as never) : <span className="break-words whitespace-pre-line">{text}</span>;
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {STEPS.map((step) => {
        const data = (application[step] ?? {}) as Record<string, unknown>;
        return (
          <section key={step} aria-labelledby={`data-${step}`} className="rounded border border-line p-4">
            <h3 id={`data-${step}`} className="mb-2 text-lg font-semibold">
              {t(`groups.${step}`)}
            </h3>
            <dl className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-1 text-sm">
              {REQUESTABLE_FIELDS[step].map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium text-muted">{t(`fields.${step}.${field}` as never)}</dt>
                  <dd>{show(step, field, data[field])}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
