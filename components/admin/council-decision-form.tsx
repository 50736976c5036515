"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordDecisionAction } from "@/app/[locale]/admin/applications/[id]/actions";
import { OutcomeChoice } from "@/components/council/outcome-choice";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { OUTCOME_STATUS } from "@/lib/council/outcome-status";
import type { CouncilOutcome } from "@/lib/council/enums";
import { decisionSchema } from "@/lib/council/validation";
import { ConflictNotice } from "./conflict-notice";
import { RequestedItemsPicker, type PickedItems } from "./requested-items-picker";
import { useStaffAction } from "./use-staff-action";

/** Staff record the council's decision after its meeting; the typed reason and items survive any failure. */
export function CouncilDecisionForm({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("AdminDetail");
  const tAdmin = useTranslations("Admin");
  const router = useRouter();
  const [outcome, setOutcome] = useState<CouncilOutcome | "">("");
  const [meetingDate, setMeetingDate] = useState("");
  const [reason, setReason] = useState("");
  const [items, setItems] = useState<PickedItems>({});
  const [done, setDone] = useState<CouncilOutcome | null>(null);
  const { run, pending, error, code, fieldErrors } = useStaffAction(recordDecisionAction, decisionSchema);

  if (done) return <FormAlert tone="success">{t("council.recorded", { status: tAdmin(`statuses.${OUTCOME_STATUS[done]}`) })}</FormAlert>;

  const submit = () => {
    const requestedItems = outcome === "information" ? Object.entries(items).map(([field, comment]) => ({ field, comment })) : [];
    run({ applicationId, expectedVersion: version, outcome, meetingDate, reason, requestedItems }, () => {
      setDone(outcome || null);
      router.refresh();
    });
  };

  return (
    <form method="post" className="flex flex-col gap-4" noValidate onSubmit={(event) => (event.preventDefault(), submit())} aria-labelledby="council-decision-legend">
      <h3 id="council-decision-legend" className="text-lg font-semibold">
        {t("council.legend")}
      </h3>
      {code === "conflict" ? <ConflictNotice /> : error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <OutcomeChoice name="outcome" legend={t("council.outcome")} value={outcome} onChange={setOutcome} labelOf={(value) => t(`council.outcomes.${value}`)} error={fieldErrors.outcome} />
      <Field id="meeting-date" label={t("council.meetingDate")} error={fieldErrors.meetingDate}>
        <input
          id="meeting-date"
          type="date"
          className={inputClass}
          value={meetingDate}
          onChange={(event) => setMeetingDate(event.target.value)}
          {...describedBy("meeting-date", { error: fieldErrors.meetingDate })}
        />
      </Field>
      <TextareaField id="decision-reason" label={t("council.reason")} hint={t("council.reasonHint")} error={fieldErrors.reason} value={reason} onChange={setReason} />
      {outcome === "information" ? <RequestedItemsPicker value={items} onChange={setItems} error={fieldErrors.requestedItems} /> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {t("council.submit")}
        </Button>
      </div>
    </form>
  );
}
