import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentForm, type ContentField } from "@/components/admin/content-form";
import { getDb } from "@/db/client";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";
import { listContentForEditing } from "@/lib/content/editing";
import { figureStatuses } from "@/lib/content/enums";
import { Link } from "@/lib/i18n/link";
import { localize } from "@/lib/i18n/localized";
import { localeConfig, locales, type Locale } from "@/lib/i18n/config";
import { localizedFieldName, localizedInitial } from "@/lib/content/localized-fields";

const TABS = ["partners", "milestones", "figures"] as const;
type Tab = (typeof TABS)[number];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminContent");
  return { title: t("title") };
}

export default async function ContentPage({ params, searchParams }: PageProps<"/[locale]/admin/content">) {
  const viewer = await requirePageViewer(...STAFF_ROLES);
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const tab: Tab = TABS.includes(query.tab as Tab) ? (query.tab as Tab) : "partners";
  const [content, t] = await Promise.all([listContentForEditing(getDb(), viewer), getTranslations("AdminContent")]);
  // One input per configured locale, labelled with the language's own name.
  const texts = (name: string, label: string, kind: ContentField["kind"] = "text"): ContentField[] =>
    locales.map((code) => ({ name: localizedFieldName(name, code), label: t("inLanguage", { field: label, language: localeConfig[code].label }), kind, lang: code }));
  const name = (text: Parameters<typeof localize>[0]) => localize(text, locale as Locale);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-muted">{t("lead")}</p>
      <nav aria-label={t("tabs")}>
        <ul className="flex flex-wrap gap-2">
          {TABS.map((key) => (
            <li key={key}>
              <Link href={`/admin/content?tab=${key}`} aria-current={tab === key ? "page" : undefined} className={tab === key ? "block rounded bg-brand-700 px-3 py-2 font-semibold text-white underline" : "block rounded border border-brand-700 px-3 py-2 text-brand-700"}>
                {t(`tab.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ul className="flex flex-col gap-3">
        {tab === "partners"
          ? content.partners.map((row) => (
              <li key={row.id}>
                <details className="rounded border border-line p-3">
                  <summary className="cursor-pointer font-medium">{name(row.name)}</summary>
                  <div className="mt-3">
                    <ContentForm formId={`p-${row.slug}`} id={row.id} record="partner" fields={[...texts("name", t("fields.name")), ...texts("summary", t("fields.summary"), "textarea")]} initial={{ ...localizedInitial(row.name, "name"), ...localizedInitial(row.summary, "summary") }} />
                  </div>
                </details>
              </li>
            ))
          : null}
        {tab === "milestones"
          ? content.milestones.map((row) => (
              <li key={row.id}>
                <details className="rounded border border-line p-3">
                  <summary className="cursor-pointer font-medium">{`${row.year}${row.month ? `-${String(row.month).padStart(2, "0")}` : ""}: ${name(row.summary).slice(0, 100)}`}</summary>
                  <div className="mt-3">
                    <ContentForm formId={`m-${row.key}`} id={row.id} record="milestone" fields={[{ name: "year", label: t("fields.year"), kind: "number" }, { name: "month", label: t("fields.month"), kind: "number" }, ...texts("summary", t("fields.summary"), "textarea")]} initial={{ year: String(row.year), month: row.month ? String(row.month) : "", ...localizedInitial(row.summary, "summary") }} />
                  </div>
                </details>
              </li>
            ))
          : null}
        {tab === "figures"
          ? content.figures.map((row) => (
              <li key={row.id}>
                <details className="rounded border border-line p-3">
                  <summary className="cursor-pointer font-medium">{`${name(row.label)}: ${name(row.displayText)}`}</summary>
                  <div className="mt-3">
                    <ContentForm
                      formId={`f-${row.key}`}
                      id={row.id}
                      record="figure"
                      fields={[
                        { name: "value", label: row.unit ? t("fields.valueWithUnit", { unit: row.unit }) : t("fields.valueNoUnit"), kind: "number" },
                        ...texts("displayText", t("fields.displayText")),
                        { name: "sourceId", label: t("fields.source"), kind: "select", options: content.sources.map((s) => ({ value: s.id, label: name(s.title) })) },
                        { name: "sourceDate", label: t("fields.sourceDate"), kind: "text" },
                        { name: "status", label: t("fields.status"), kind: "select", options: figureStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
                        ...texts("statusNote", t("fields.statusNote"), "textarea"),
                      ]}
                      initial={{ value: row.value === null ? "" : String(row.value), ...localizedInitial(row.displayText, "displayText"), sourceId: row.sourceId, sourceDate: row.sourceDate ?? "", status: row.status, ...localizedInitial(row.statusNote, "statusNote") }}
                    />
                  </div>
                </details>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
