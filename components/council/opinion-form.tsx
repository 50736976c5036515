"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveOpinionAction } from "@/app/[locale]/council/actions";
import { useStaffAction } from "@/components/admin/use-staff-action";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { CouncilOutcome } from "@/lib/council/enums";
import { opinionSchema } from "@/lib/council/validation";
import { OutcomeChoice } from "./outcome-choice";

/** A member's opinion: given once, changed in place until the decision; what was typed survives a failure. */
export function OpinionForm({ applicationId, initial }: { applicationId: string; initial: { recommendation: CouncilOutcome; reason: string } | null }) {
  const t = useTranslations("Council");
  const router = useRouter();
  const [recommendation, setRecommendation] = useState<CouncilOutcome | "">(initial?.recommendation ?? "");
  const [reason, setReason] = useState(initial?.reason ?? "");
  const [saved, setSaved] = useState(false);
  const { run, pending, error, fieldErrors } = useStaffAction(saveOpinionAction, opinionSchema);

  const submit = () => {
    setSaved(false);
    run({ applicationId, recommendation, reason }, () => {
      setSaved(true);
      router.refresh();
    });
  };

  return (
    <form method="post" className="flex flex-col gap-4" noValidate onSubmit={(event) => (event.preventDefault(), submit())}>
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("opinion.saved")}</FormAlert> : null}
      <OutcomeChoice
        name="recommendation"
        legend={t("opinion.legend")}
        value={recommendation}
        onChange={setRecommendation}
        labelOf={(outcome) => t(`recommendations.${outcome}`)}
        error={fieldErrors.recommendation}
      />
      <TextareaField id="opinion-reason" label={t("opinion.reason")} hint={t("opinion.reasonHint")} error={fieldErrors.reason} value={reason} onChange={setReason} rows={4} />
      <div>
        <Button type="submit" disabled={pending}>
          {t("opinion.submit")}
        </Button>
      </div>
    </form>
  );
}
