import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApplicationData } from "@/components/admin/application-data";
import { DocumentsList } from "@/components/admin/documents-list";
import { EligibilityPanel } from "@/components/admin/eligibility-panel";
import { Timeline } from "@/components/admin/timeline";
import { DeadlineBadge } from "@/components/council/deadline-badge";
import { DeadlineNote } from "@/components/council/deadline-note";
import { OpinionForm } from "@/components/council/opinion-form";
import { OpinionList } from "@/components/council/opinion-list";
import { Panel } from "@/components/ui/panel";
import { getDb } from "@/db/client";
import { requirePageViewer } from "@/lib/auth/session";
import { expectedDecisionDate } from "@/lib/council/deadline";
import { getApplicationForCouncil } from "@/lib/council/queries";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Council");
  return { title: t("detail.opinion"), robots: { index: false } };
}

/** One application as the council reads it (read-only), with the member's opinion and, once given, the others'. */
export default async function CouncilApplicationPage({ params }: PageProps<"/[locale]/council/applications/[id]">) {
  const viewer = await requirePageViewer("council");
  const { id } = await params;
  const review = await getApplicationForCouncil(getDb(), viewer, id);
  if (!review) notFound();
  const [t, tDetail, tDeadline, format] = await Promise.all([getTranslations("Council"), getTranslations("AdminDetail"), getTranslations("Deadline"), getFormatter()]);
  const { application, own, others } = review;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/council" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("detail.heading", { reference: application.reference ?? "—", company: application.companyName ?? "—" })}</h1>
        {application.submittedAt ? (
          <p className="flex flex-wrap gap-3">
            <span>{tDetail("submittedOn", { date: format.dateTime(application.submittedAt, { dateStyle: "long" }) })}</span>
            <span>{tDeadline("expectedBy", { date: format.dateTime(expectedDecisionDate(application.submittedAt), { dateStyle: "long" }) })}</span>
            <strong>
              <DeadlineBadge submittedAt={application.submittedAt} status={application.status} />
            </strong>
          </p>
        ) : null}
        <DeadlineNote />
        <p className="text-muted">{t("detail.readOnly")}</p>
      </header>

      <Panel id="opinion" title={t("detail.opinion")}>
        {own ? (
          <p className="mb-3 text-sm text-muted">{t("opinion.yours", { date: format.dateTime(own.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        ) : null}
        <OpinionForm applicationId={application.id} initial={own ? { recommendation: own.recommendation, reason: own.reason } : null} />
      </Panel>
      <Panel id="others" title={t("detail.others")}>
        {others === null ? (
          <p className="text-muted">{t("others.hidden")}</p>
        ) : others.length === 0 ? (
          <p className="text-muted">{t("others.none")}</p>
        ) : (
          <OpinionList opinions={others} />
        )}
      </Panel>
      <Panel id="eligibility" title={tDetail("sections.eligibility")}>
        <EligibilityPanel result={review.eligibility} />
      </Panel>
      <Panel id="data" title={tDetail("sections.data")}>
        <ApplicationData application={application} />
      </Panel>
      <Panel id="documents" title={tDetail("sections.documents")}>
        <DocumentsList documents={review.documents} />
      </Panel>
      <Panel id="timeline" title={tDetail("sections.timeline")}>
        <Timeline events={review.events} />
      </Panel>
    </div>
  );
}
