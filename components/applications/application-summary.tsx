import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationSteps } from "@/lib/applications/application-steps";
import { Link } from "@/lib/i18n/link";
import type { DataStep } from "@/lib/applications/validation";
import { formatAmount, formatNumber, formatPercent, formatYear } from "@/lib/format/numbers";

type Row = { field: string; label: string; value: string };

/** Everything the investor sent, step by step, as description lists; flagged fields carry the reviewer's comment. */
export async function ApplicationSummary({
  application,
  editable,
  flagged,
}: {
  application: ApplicationSteps;
  editable: boolean;
  flagged?: Record<string, string>;
}) {
  const t = await getTranslations("Apply");
  const locale = await getLocale();
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const none = t("review.notGiven");
  const num = (value: number | undefined) => (value === undefined ? none : formatNumber(value, locale));
  // Years in the reader's digits (Persian digits in fa), without a group separator.
  const year = (value: number) => formatYear(value, locale);
  const { company, project, investment, contact } = application;

  const sections: Array<{ step: DataStep; rows: Row[] }> = [
    {
      step: "company",
      rows: company
        ? [
            { field: "legalName", label: t("company.legalName"), value: company.legalName },
            { field: "country", label: t("company.country"), value: countries.of(company.country) ?? company.country },
            { field: "registrationNumber", label: t("company.registrationNumber"), value: company.registrationNumber },
            { field: "website", label: t("company.website"), value: company.website || none },
            { field: "sector", label: t("company.sector"), value: t(`sectors.${company.sector}`) },
            { field: "size", label: t("company.size"), value: t(`sizes.${company.size}`) },
            { field: "legalEntity", label: t("company.legalEntity"), value: t(`legalEntities.${company.legalEntity}`) },
            ...(company.legalEntity === "exists"
              ? [
                  { field: "inn", label: t("company.inn"), value: company.inn },
                  { field: "ogrn", label: t("company.ogrn"), value: company.ogrn },
                ]
              : []),
          ]
        : [],
    },
    {
      step: "project",
      rows: project
        ? [
            { field: "title", label: t("project.title"), value: project.title },
            { field: "description", label: t("project.description"), value: project.description },
            { field: "products", label: t("project.products"), value: project.products },
            { field: "landHa", label: t("project.landHa"), value: num(project.landHa) },
            { field: "premisesM2", label: t("project.premisesM2"), value: num(project.premisesM2) },
            { field: "powerKw", label: t("project.powerKw"), value: num(project.powerKw) },
            { field: "waterM3PerDay", label: t("project.waterM3PerDay"), value: num(project.waterM3PerDay) },
            { field: "gasM3PerHour", label: t("project.gasM3PerHour"), value: num(project.gasM3PerHour) },
            { field: "jobs", label: t("project.jobs"), value: num(project.jobs) },
            { field: "constructionYear", label: t("project.constructionYear"), value: `${year(project.constructionYear)} · ${t("quarter", { q: project.constructionQuarter })}` },
            { field: "productionYear", label: t("project.productionYear"), value: `${year(project.productionYear)} · ${t("quarter", { q: project.productionQuarter })}` },
          ]
        : [],
    },
    {
      step: "investment",
      rows: investment
        ? [
            { field: "totalRub", label: t("investment.totalRub"), value: formatAmount(investment.totalRub, locale) },
            { field: "capitalSharePercent", label: t("investment.capitalSharePercent"), value: formatPercent(investment.capitalSharePercent, locale) },
            { field: "financingSource", label: t("investment.financingSource"), value: t(`financingSources.${investment.financingSource}`) },
            { field: "financingProof", label: t("investment.financingProof"), value: t(`financingProofs.${investment.financingProof}`) },
          ]
        : [],
    },
    {
      step: "contact",
      rows: contact
        ? [
            { field: "person", label: t("contact.person"), value: contact.person },
            { field: "position", label: t("contact.position"), value: contact.position },
            { field: "email", label: t("contact.email"), value: contact.email },
            { field: "phone", label: t("contact.phone"), value: contact.phone },
          ]
        : [],
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      {sections.map(({ step, rows }) => (
        <section key={step} aria-labelledby={`summary-${step}`} className="rounded-lg border border-line">
          <div className="flex items-center justify-between border-b border-line bg-paper px-4 py-2">
            <h3 id={`summary-${step}`} className="font-semibold">
              {t(`steps.${step}`)}
            </h3>
            {editable ? (
              <Link href={`/applications/${application.id}/edit/${step}`} className="text-sm font-medium text-brand-700 underline">
                {t("review.edit")}
                <span className="sr-only"> {t(`steps.${step}`)}</span>
              </Link>
            ) : null}
          </div>
          {rows.length === 0 ? (
            <p className="px-4 py-3 text-muted">{none}</p>
          ) : (
            <dl className="grid gap-x-6 gap-y-2 px-4 py-3 sm:grid-cols-[minmax(0,14rem)_1fr]">
              {rows.map((row) => {
                const comment = flagged?.[`${step}.${row.field}`];
                return (
                  <div key={row.field} className={`contents ${comment ? "font-semibold" : ""}`}>
                    <dt className="text-muted">{row.label}</dt>
                    <dd className="whitespace-pre-line break-words">
                      {row.value}
                      {comment ? <span className="mt-1 block rounded border-s-4 border-warn-800 bg-warn-50 px-2 py-1 text-sm font-normal text-warn-800">{comment}</span> : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}
