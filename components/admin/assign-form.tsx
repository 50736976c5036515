"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { assignAction } from "@/app/[locale]/admin/applications/[id]/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ConflictNotice } from "./conflict-notice";
import { useStaffAction } from "./use-staff-action";

interface Props {
  applicationId: string;
  version: number;
  viewerId: string;
  assignedReviewerId: string | null;
  reviewers: Array<{ id: string; name: string }>;
}

export function AssignForm({ applicationId, version, viewerId, assignedReviewerId, reviewers }: Props) {
  const t = useTranslations("AdminDetail");
  const router = useRouter();
  const [reviewerId, setReviewerId] = useState(assignedReviewerId ?? "");
  const [saved, setSaved] = useState(false);
  const { run, pending, error, code } = useStaffAction(assignAction);
  const assign = (to: string) => {
    setSaved(false);
    run({ applicationId, reviewerId: to, expectedVersion: version }, () => {
      setReviewerId(to);
      setSaved(true);
      router.refresh();
    });
  };
  return (
    <form method="post" className="flex flex-col gap-3" noValidate onSubmit={(event) => { event.preventDefault(); assign(reviewerId); }}>
      {code === "conflict" ? <ConflictNotice /> : error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {saved ? <FormAlert tone="success">{t("assign.saved")}</FormAlert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="assign-reviewer" className="font-medium">
            {t("assign.label")}
          </label>
          <select id="assign-reviewer" className={inputClass} value={reviewerId} onChange={(event) => setReviewerId(event.target.value)}>
            <option value="">{t("assign.nobody")}</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("assign.submit")}
        </Button>
        {assignedReviewerId !== viewerId ? (
          <Button type="button" disabled={pending} onClick={() => assign(viewerId)}>
            {t("assign.toMe")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
