import { getTranslations } from "next-intl/server";
import type { ApplicationSteps } from "@/lib/applications/application-steps";
import { FormAlert } from "@/components/forms/form-alert";
import { DOCUMENT_SLOTS } from "@/lib/applications/constants";
import { missingSteps } from "@/lib/applications/drafts";
import type { Viewer } from "@/lib/auth/session";
import { checkEligibility } from "@/lib/sez/eligibility";
import { ApplicationSummary } from "./application-summary";
import { SubmitButton } from "./submit-button";

export async function ReviewStep({ application, documents, viewer }: { application: ApplicationSteps; documents: Array<{ slot: string }>; viewer: Viewer }) {
  const t = await getTranslations("Apply");
  const missing = missingSteps(application);
  const missingDocuments = DOCUMENT_SLOTS.filter((slot) => !documents.some((document) => document.slot === slot));
  const eligibility =
    application.company && application.investment
      ? checkEligibility({
          investmentRub: application.investment.totalRub,
          capitalSharePercent: application.investment.capitalSharePercent,
          financingProof: application.investment.financingProof,
          legalEntity: application.company.legalEntity,
          sector: application.company.sector,
        })
      : null;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-muted">{t("review.intro")}</p>
      {missing.length > 0 ? <FormAlert tone="error">{t("review.missing", { steps: missing.map((step) => t(`steps.${step}`)).join(", ") })}</FormAlert> : null}
      {eligibility ? (
        <FormAlert tone={eligibility.eligible ? "success" : "info"}>
          <strong>{t("review.eligibility")}: </strong>
          {eligibility.eligible ? t("review.eligible") : t("review.notEligible")}
        </FormAlert>
      ) : null}
      <ApplicationSummary application={application} editable />
      {missingDocuments.length > 0 ? (
        <FormAlert tone="info">{t("review.missingDocuments", { slots: missingDocuments.map((slot) => t(`documents.slots.${slot}`)).join(", ") })}</FormAlert>
      ) : null}
      {!viewer.emailVerified ? <FormAlert tone="info">{t("review.unverified")}</FormAlert> : null}
      <SubmitButton applicationId={application.id} disabled={missing.length > 0 || !viewer.emailVerified} />
    </div>
  );
}
