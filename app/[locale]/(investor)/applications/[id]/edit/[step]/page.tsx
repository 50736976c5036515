import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ReviewStep } from "@/components/applications/review-step";
import { StepProgress } from "@/components/applications/step-progress";
import { CompanyStep } from "@/components/applications/steps/company-step";
import { ContactStep } from "@/components/applications/steps/contact-step";
import { DocumentsStep } from "@/components/applications/steps/documents-step";
import { InvestmentStep } from "@/components/applications/steps/investment-step";
import { ProjectStep } from "@/components/applications/steps/project-step";
import { getDb } from "@/db/client";
import { FORM_STEPS, type FormStep } from "@/lib/applications/constants";
import { stepDefaults } from "@/lib/applications/form-defaults";
import { flaggedFieldsOf } from "@/lib/applications/info-requests";
import { getApplicationForApplicant } from "@/lib/applications/investor-queries";
import { requirePageViewer } from "@/lib/auth/session";
import { countryOptions } from "@/lib/geo/countries";

export async function generateMetadata({ params }: { params: Promise<{ step: string }> }): Promise<Metadata> {
  const t = await getTranslations("Apply");
  const { step } = await params;
  return { title: FORM_STEPS.includes(step as FormStep) ? `${t(`steps.${step as FormStep}`)} · ${t("title")}` : t("title"), robots: { index: false } };
}

export default async function EditStepPage({ params }: { params: Promise<{ id: string; step: string }> }) {
  const { id, step: rawStep } = await params;
  const viewer = await requirePageViewer("investor");
  const locale = await getLocale();
  if (!FORM_STEPS.includes(rawStep as FormStep)) notFound();
  const step = rawStep as FormStep;
  const data = await getApplicationForApplicant(getDb(), viewer, id);
  if (!data) notFound();
  const { application, documents, openRequest } = data;
  const t = await getTranslations("Apply");

  // Drafts: every step. While information is requested: only the flagged fields of a step.
  let flagged: Record<string, string> | null = null;
  if (application.status === "info_requested" && step !== "review") {
    const fields = flaggedFieldsOf(openRequest ?? [], step);
    if (fields.length === 0) redirect(`/${locale}/applications/${id}`);
    flagged = Object.fromEntries(fields.map((field) => [field, openRequest!.find((item) => item.field === `${step}.${field}`)!.comment]));
  } else if (application.status !== "draft") {
    redirect(`/${locale}/applications/${id}`);
  }

  const byslot = Object.fromEntries(documents.map((document) => [document.slot, { id: document.id, fileName: document.fileName }]));
  const props = { applicationId: id, defaults: step === "documents" || step === "review" ? {} : stepDefaults(application, step, viewer), flagged };

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {flagged ? null : <StepProgress applicationId={id} current={step} reached={application.lastStep as FormStep} />}
      <section aria-labelledby="step-heading">
        <h2 id="step-heading" className="mb-5 text-2xl font-semibold">
          {t(`steps.${step}`)}
        </h2>
        {step === "company" ? <CompanyStep {...props} countries={countryOptions(locale)} /> : null}
        {step === "project" ? <ProjectStep {...props} /> : null}
        {step === "investment" ? <InvestmentStep {...props} /> : null}
        {step === "contact" ? <ContactStep {...props} /> : null}
        {step === "documents" ? (
          flagged ? (
            <DocumentsStep applicationId={id} existing={byslot} slots={Object.keys(flagged) as never} comments={flagged} showContinue={false} />
          ) : (
            <DocumentsStep applicationId={id} existing={byslot} />
          )
        ) : null}
        {step === "review" ? <ReviewStep application={application} documents={documents} viewer={viewer} /> : null}
      </section>
    </div>
  );
}
