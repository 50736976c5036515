import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApplicationData } from "@/components/admin/application-data";
import { AssignForm } from "@/components/admin/assign-form";
import { CouncilPanel } from "@/components/admin/council-panel";
import { DossierDownload } from "@/components/admin/dossier-download";
import { DocumentsList } from "@/components/admin/documents-list";
import { EligibilityPanel } from "@/components/admin/eligibility-panel";
import { EntriesList } from "@/components/admin/entries-list";
import { StatusPill } from "@/components/admin/status-pill";
import { TextPostForm } from "@/components/admin/text-post-form";
import { Timeline } from "@/components/admin/timeline";
import { TransitionForm } from "@/components/admin/transition-form";
import { Panel } from "@/components/ui/panel";
import { getDb } from "@/db/client";
import { getApplicationForReviewer } from "@/lib/applications/staff-detail";
import { listReviewers } from "@/lib/applications/staff-queries";
import { nextStatuses } from "@/lib/applications/status";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";
import { decisionsForStaff } from "@/lib/council/decision";
import { councilTally } from "@/lib/council/opinions";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDetail");
  return { title: t("title"), robots: { index: false } };
}

export default async function ApplicationReviewPage({ params }: PageProps<"/[locale]/admin/applications/[id]">) {
  const viewer = await requirePageViewer(...STAFF_ROLES);
  const { id, locale } = await params;
  const db = getDb();
  const review = await getApplicationForReviewer(db, viewer, id);
  if (!review) notFound();
  const [reviewers, council, decisions, t, format] = await Promise.all([
    listReviewers(db, viewer),
    councilTally(db, viewer, id),
    decisionsForStaff(db, viewer, id),
    getTranslations("AdminDetail"),
    getFormatter(),
  ]);
  const { application } = review;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/applications" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("heading", { reference: application.reference ?? "—", company: application.companyName ?? "—" })}</h1>
        <div className="flex flex-wrap items-center gap-3 text-muted">
          <StatusPill status={application.status} />
          {application.submittedAt ? <span>{t("submittedOn", { date: format.dateTime(application.submittedAt, { dateStyle: "long" }) })}</span> : null}
          <span>{review.reviewerName ? t("assignedTo", { name: review.reviewerName }) : t("unassigned")}</span>
          {application.belowThreshold ? <span className="font-semibold text-warn-800">{t("belowThreshold")}</span> : null}
        </div>
      </header>

      <Panel id="decide" title={t("sections.decide")}>
        <div className="flex flex-col gap-6">
          <AssignForm
            applicationId={application.id}
            version={application.version}
            viewerId={viewer.id}
            assignedReviewerId={application.assignedReviewerId}
            reviewers={reviewers}
          />
          {/* Out of expert review the application moves on the council's recorded decision (below), not by a bare status change. */}
          {application.status === "expert_review" ? (
            <TransitionForm applicationId={application.id} version={application.version} options={[]} noMovesNote={t("council.moveByDecision")} />
          ) : (
            <TransitionForm applicationId={application.id} version={application.version} options={nextStatuses(application.status, "staff")} />
          )}
        </div>
      </Panel>
      <Panel id="council" title={t("council.heading")}>
        <CouncilPanel application={application} open={council} decisions={decisions} />
      </Panel>
      <Panel id="dossier" title={t("dossier.heading")}>
        <DossierDownload applicationId={application.id} locale={locale} />
      </Panel>
      <Panel id="eligibility" title={t("sections.eligibility")}>
        <EligibilityPanel result={review.eligibility} />
      </Panel>
      <Panel id="data" title={t("sections.data")}>
        <ApplicationData application={application} />
      </Panel>
      <Panel id="documents" title={t("sections.documents")}>
        <DocumentsList documents={review.documents} />
      </Panel>
      <Panel id="timeline" title={t("sections.timeline")}>
        <Timeline events={review.events} />
      </Panel>
      <Panel id="notes" title={t("sections.notes")}>
        <div className="flex flex-col gap-4">
          <EntriesList entries={review.notes} empty={t("notes.empty")} />
          <TextPostForm kind="note" applicationId={application.id} />
        </div>
      </Panel>
      <Panel id="messages" title={t("sections.messages")}>
        <div className="flex flex-col gap-4">
          <EntriesList entries={review.messages} empty={t("messages.empty")} />
          <TextPostForm kind="message" applicationId={application.id} />
        </div>
      </Panel>
    </div>
  );
}
