"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addNoteAction, postMessageAction } from "@/app/[locale]/admin/applications/[id]/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { messageSchema, noteSchema } from "@/lib/applications/review-validation";
import { useStaffAction } from "./use-staff-action";

interface Props {
  kind: "note" | "message";
  applicationId: string;
}

const ACTIONS = { note: addNoteAction, message: postMessageAction };

/** Adds an internal note or a message to the applicant; the text stays if sending fails. */
export function TextPostForm({ kind, applicationId }: Props) {
  const t = useTranslations("AdminDetail");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [sent, setSent] = useState(false);
  const { run, pending, error, fieldErrors } = useStaffAction(ACTIONS[kind], kind === "note" ? noteSchema : messageSchema);
  const id = `${kind}-body`;
  return (
    <form
      method="post"
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSent(false);
        run({ applicationId, body }, () => {
          setBody("");
          setSent(true);
          router.refresh();
        });
      }}
    >
      {error && !fieldErrors.body ? <FormAlert tone="error">{error}</FormAlert> : null}
      {sent ? <FormAlert tone="success">{t(`${kind}s.sent`)}</FormAlert> : null}
      <Field id={id} label={t(`${kind}s.label`)} hint={t(`${kind}s.hint`)} error={fieldErrors.body}>
        <textarea
          id={id}
          rows={3}
          className={inputClass}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          {...describedBy(id, { hint: true, error: fieldErrors.body })}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t(`${kind}s.submit`)}
      </Button>
    </form>
  );
}
