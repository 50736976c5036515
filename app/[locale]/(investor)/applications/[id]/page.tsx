import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApplicantActions } from "@/components/applications/applicant-actions";
import { ApplicationSummary } from "@/components/applications/application-summary";
import { InfoRequestPanel } from "@/components/applications/info-request-panel";
import { MessageThread } from "@/components/applications/message-thread";
import { StatusBadge } from "@/components/applications/status-badge";
import { StatusTimeline } from "@/components/applications/status-timeline";
import { getDb } from "@/db/client";
import { getApplicationForApplicant } from "@/lib/applications/investor-queries";
import { listMessages } from "@/lib/applications/messages";
import { canTransition } from "@/lib/applications/status";
import { requirePageViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply");
  return { title: t("list.title"), robots: { index: false } };
}

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer("investor");
  const db = getDb();
  const data = await getApplicationForApplicant(db, viewer, id);
  if (!data) notFound();
  const { application, events, documents, expectedDays, openRequest } = data;
  const messages = (await listMessages(db, viewer, id)) ?? [];
  const [t, locale] = await Promise.all([getTranslations("Apply"), getLocale()]);
  const flagged = Object.fromEntries((openRequest ?? []).map((item) => [item.field, item.comment]));

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{application.reference ? t("detail.title", { reference: application.reference }) : t("detail.draftTitle")}</h1>
        <StatusBadge status={application.status} />
        {application.status !== "draft" ? (
          <a href={`/api/applications/${id}/copy?lang=${locale}`} className="ms-auto rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50" download>
            {t("detail.downloadCopy")}
          </a>
        ) : null}
      </header>

      {openRequest ? <InfoRequestPanel applicationId={id} items={openRequest} /> : null}

      <ApplicantActions
        applicationId={id}
        version={application.version}
        canResubmit={canTransition(application.status, "resubmitted", "applicant").ok}
        canWithdraw={canTransition(application.status, "withdrawn", "applicant").ok}
      />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-8">
          <section aria-labelledby="sent-heading">
            <h2 id="sent-heading" className="mb-4 text-xl font-semibold">{t("detail.submitted")}</h2>
            <ApplicationSummary application={application} editable={false} flagged={flagged} />
          </section>
          <section aria-labelledby="documents-heading" className="rounded-lg border border-line p-5">
            <h2 id="documents-heading" className="text-xl font-semibold">{t("detail.documents")}</h2>
            {documents.length === 0 ? <p className="mt-2 text-muted">{t("detail.noDocuments")}</p> : null}
            <ul className="mt-2 flex flex-col gap-2">
              {documents.map((document) => (
                <li key={document.id}>
                  <span className="text-muted">{t(`documents.slots.${document.slot}`)}: </span>
                  <a href={`/api/documents/${document.id}`} className="text-brand-700 underline" download>
                    {document.fileName}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <MessageThread applicationId={id} messages={messages} viewerIsStaff={false} canWrite={application.status !== "draft"} />
        </div>
        <StatusTimeline events={events} current={application.status} since={application.statusChangedAt} expectedDays={expectedDays} submittedAt={application.submittedAt} />
      </div>
    </div>
  );
}
