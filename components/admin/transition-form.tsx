"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { transitionAction } from "@/app/[locale]/admin/applications/[id]/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ApplicationStatus } from "@/lib/applications/status";
import { ConflictNotice } from "./conflict-notice";
import { RequestedItemsPicker, type PickedItems } from "./requested-items-picker";
import { useStaffAction } from "./use-staff-action";

interface Props {
  applicationId: string;
  /** The version this page was rendered with: a newer one in the database means someone else acted. */
  version: number;
  options: Array<{ to: ApplicationStatus; reasonRequired: boolean }>;
  /** Said instead of "closed" when no move is offered here (in expert review the council's decision moves it). */
  noMovesNote?: string;
}

/** One button per move the state machine allows staff; the reason and flagged items survive any failure. */
export function TransitionForm({ applicationId, version, options, noMovesNote }: Props) {
  const t = useTranslations("AdminDetail");
  const tAdmin = useTranslations("Admin");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [items, setItems] = useState<PickedItems>({});
  const [done, setDone] = useState<ApplicationStatus | null>(null);
  const { run, pending, error, code, fieldErrors } = useStaffAction(transitionAction);
  const canRequest = options.some((option) => option.to === "info_requested");

  // After a final decision the refreshed page offers no moves: keep saying what just happened.
  if (options.length === 0) {
    return done ? <FormAlert tone="success">{t("transition.done", { status: tAdmin(`statuses.${done}`) })}</FormAlert> : <p className="text-muted">{noMovesNote ?? t("transition.none")}</p>;
  }

  const submit = (to: ApplicationStatus) => {
    setDone(null);
    const requestedItems = to === "info_requested" ? Object.entries(items).map(([field, comment]) => ({ field, comment })) : [];
    run({ applicationId, to, expectedVersion: version, reason, requestedItems }, () => {
      setDone(to);
      setReason("");
      setItems({});
      router.refresh();
    });
  };

  return (
    <form method="post" className="flex flex-col gap-4" noValidate onSubmit={(event) => event.preventDefault()}>
      {code === "conflict" ? <ConflictNotice /> : error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {done ? <FormAlert tone="success">{t("transition.done", { status: tAdmin(`statuses.${done}`) })}</FormAlert> : null}
      <TextareaField id="transition-reason" label={t("transition.reason")} hint={t("transition.reasonHint")} error={fieldErrors.reason} value={reason} onChange={setReason} />
      {canRequest ? <RequestedItemsPicker value={items} onChange={setItems} error={fieldErrors.requestedItems} /> : null}
      <div className="flex flex-wrap gap-3">
        {options.map((option) => (
          <Button
            key={option.to}
            type="button"
            disabled={pending}
            variant={option.to === "rejected" ? "danger" : option.to === "approved" ? "primary" : "secondary"}
            onClick={() => submit(option.to)}
          >
            {t(`transition.to.${option.to}`)}
            {option.reasonRequired ? <span className="sr-only"> {t("transition.reasonRequired")}</span> : null}
          </Button>
        ))}
      </div>
      <p className="text-sm text-muted">{t("transition.reasonRequiredFor")}</p>
    </form>
  );
}
