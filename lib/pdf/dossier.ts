import "server-only";
import { createTranslator } from "next-intl";
import type { Application } from "@/db/schema";
import { DOCUMENT_SLOTS } from "@/lib/applications/constants";
import { REQUESTABLE_FIELDS } from "@/lib/applications/review-validation";
import type { ReviewDocument, ReviewEvent } from "@/lib/applications/staff-detail";
import { TERMINAL } from "@/lib/applications/status";
import type { DecisionView } from "@/lib/council/decision";
import { expectedDecisionDate } from "@/lib/council/deadline";
import { localeDir, type Locale } from "@/lib/i18n/config";
import type { EligibilityResult } from "@/lib/sez/eligibility";
import type en from "@/messages/en.json";
import { PdfWriter } from "./writer";

export interface DossierData {
  application: Application;
  eligibility: EligibilityResult | null;
  documents: ReviewDocument[];
  events: Pick<ReviewEvent, "at" | "toStatus" | "reason" | "requestedItems">[];
  /** The council's decisions with their opinions: in the staff's dossier only, null in the applicant's copy. */
  decisions: DecisionView[] | null;
}

export type DossierKind = "dossier" | "copy";

type Step = "company" | "project" | "investment" | "contact";
const STEPS: Step[] = ["company", "project", "investment", "contact"];

async function translatorFor(locale: Locale) {
  const messages = (await import(`@/messages/${locale}.json`)).default as typeof en;
  return createTranslator({ locale, messages });
}

/**
 * The application as a PDF, in `locale`: for the council (kind "dossier":
 * staff, after the decision with the opinions and the decision) or as the
 * applicant's own copy. Dates and numbers follow the locale (Intl).
 */
export async function renderDossier(data: DossierData, { locale, kind, now = new Date() }: { locale: Locale; kind: DossierKind; now?: Date }): Promise<Buffer> {
  const t = await translatorFor(locale);
  // Persian with Latin digits: fontkit reverses every Arabic-script word, and
  // the Extended Arabic-Indic digits are Arabic script, so a year would read
  // backwards; Latin digits stay left to right (and are usual in Persian forms).
  const format = locale === "fa" ? "fa-u-nu-latn" : locale;
  const tx = (key: string, values?: Record<string, string | number>) => t(key as never, values as never) as string;
  const has = (key: string) => t.has(key as never);
  const date = (value: Date, utc = false) => new Intl.DateTimeFormat(format, { dateStyle: "long", ...(utc ? { timeZone: "UTC" } : {}) }).format(value);
  const number = new Intl.NumberFormat(format);
  const money = new Intl.NumberFormat(format, { style: "currency", currency: "RUB", maximumFractionDigits: 0 });
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const { application } = data;

  const title = tx(kind === "dossier" ? "Dossier.title" : "Dossier.copyTitle");
  const pdf = new PdfWriter(locale, localeDir(locale) === "rtl", { title: `${title} ${application.reference ?? ""}`.trim(), subject: application.companyName ?? "" });

  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === "") return tx("AdminDetail.empty");
    if (typeof value === "boolean") return tx(value ? "AdminDetail.yes" : "AdminDetail.no");
    if (typeof value === "number") return field === "totalRub" ? money.format(value) : field.endsWith("Year") ? String(value) : number.format(value);
    const text = String(value);
    if (field === "country") return countries.of(text) ?? text;
    if (field === "preferredLanguage") return languages.of(text) ?? text;
    const key = `AdminDetail.values.${field}.${text}`;
    return has(key) ? tx(key) : text;
  };

  pdf.text(tx("Dossier.portal"), { size: 9, muted: true });
  pdf.heading(title, 1);
  pdf.field(tx("Dossier.reference"), application.reference ?? "—");
  pdf.field(tx("AdminDetail.fields.company.legalName"), application.companyName ?? "—");
  pdf.field(tx("Dossier.status"), tx(`Apply.statuses.${application.status}`));
  if (application.submittedAt) {
    pdf.field(tx("Dossier.submitted"), date(application.submittedAt));
    if (!TERMINAL.includes(application.status)) {
      pdf.text(tx("Deadline.expectedBy", { date: date(expectedDecisionDate(application.submittedAt)) }), { weight: "bold" });
      pdf.text(tx("Deadline.rule"), { size: 8.5, muted: true, gap: 0 });
      pdf.text(tx("Deadline.fastTrack"), { size: 8.5, muted: true });
    }
  }
  pdf.text(tx("Dossier.generated", { date: date(now) }), { size: 8.5, muted: true });
  pdf.rule();

  for (const step of STEPS) {
    const values = (application[step] ?? {}) as Record<string, unknown>;
    pdf.heading(tx(`AdminDetail.groups.${step}`));
    for (const field of REQUESTABLE_FIELDS[step]) pdf.field(tx(`AdminDetail.fields.${step}.${field}`), show(field, values[field]));
  }

  pdf.heading(tx("Dossier.eligibility"));
  if (data.eligibility) {
    pdf.text(tx(data.eligibility.eligible ? "Eligibility.result.eligible" : "Eligibility.result.notYet"), { weight: "bold" });
    pdf.heading(tx("Dossier.rules"), 3);
    for (const reason of data.eligibility.reasons) {
      pdf.text(`${reason.ok ? "✓" : "✗"} ${tx(reason.ok ? "Eligibility.result.met" : "Eligibility.result.notMet")} (${tx(`Eligibility.result.${reason.severity}`)})`, { size: 9, weight: "bold", gap: 0 });
      pdf.text(tx(`Eligibility.reasons.${reason.code}.${reason.ok ? "ok" : "notOk"}`), { size: 9, gap: 4 });
    }
  } else {
    pdf.text(tx("AdminDetail.eligibility.incomplete"));
  }

  pdf.heading(tx("Dossier.documents"));
  for (const slot of DOCUMENT_SLOTS) {
    const document = data.documents.find((item) => item.slot === slot);
    pdf.text(tx(`AdminDetail.fields.documents.${slot}`), { size: 8.5, muted: true, gap: 0 });
    if (!document) {
      pdf.text(tx("Dossier.missing"), { gap: 5 });
      continue;
    }
    pdf.text(document.fileName, { gap: 0 });
    pdf.text(tx("Dossier.documentMeta", { size: number.format(Math.round(document.sizeBytes / 1024)), date: date(document.createdAt) }), { size: 9, gap: 5 });
  }

  pdf.heading(tx("Dossier.timeline"));
  for (const event of data.events) {
    pdf.text(`${date(event.at)} · ${tx(`Apply.statuses.${event.toStatus}`)}`, { weight: "bold", gap: 0 });
    if (event.reason) pdf.text(event.reason, { size: 9, gap: 0 });
    for (const item of event.requestedItems ?? []) if (item.comment) pdf.text(`• ${item.comment}`, { size: 9, gap: 0 });
    pdf.text("", { gap: 3 });
  }

  if (kind === "dossier" && data.decisions && data.decisions.length > 0) {
    for (const decision of data.decisions) {
      pdf.heading(tx("Dossier.decision"));
      pdf.text(tx("Dossier.decisionLine", { outcome: tx(`AdminDetail.council.outcomes.${decision.outcome}`), date: date(new Date(`${decision.meetingDate}T00:00:00Z`), true) }), { weight: "bold" });
      if (decision.reason) pdf.text(decision.reason);
      pdf.heading(tx("Dossier.opinions"), 3);
      for (const opinion of decision.opinions) {
        if (opinion.memberName) pdf.text(opinion.memberName, { size: 9, muted: true, gap: 0 });
        pdf.text(tx(`Council.recommendations.${opinion.recommendation}`), { weight: "bold", gap: 0 });
        pdf.text(opinion.reason, { size: 9, gap: 5 });
      }
    }
  }

  return pdf.finish((page, pages) => tx("Dossier.page", { page: number.format(page), pages: number.format(pages) }));
}
