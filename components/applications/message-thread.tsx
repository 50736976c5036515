import { getFormatter, getTranslations } from "next-intl/server";
import type { ThreadMessage } from "@/lib/applications/messages";
import { MessageForm } from "./message-form";

/** The conversation between the applicant and the reviewers; `viewerIsStaff` decides whose messages are "you". */
export async function MessageThread({ applicationId, messages, viewerIsStaff, canWrite }: { applicationId: string; messages: ThreadMessage[]; viewerIsStaff: boolean; canWrite: boolean }) {
  const t = await getTranslations("Apply");
  const format = await getFormatter();
  return (
    <section aria-labelledby="messages-heading" className="rounded-lg border border-line p-5">
      <h2 id="messages-heading" className="text-xl font-semibold">
        {t("detail.messages")}
      </h2>
      {messages.length === 0 ? <p className="mt-3 text-muted">{t("detail.noMessages")}</p> : null}
      <ol className="mt-3 flex flex-col gap-3">
        {messages.map((message) => {
          const mine = message.fromStaff === viewerIsStaff;
          return (
            <li key={message.id} className={`rounded-lg p-3 ${mine ? "ms-8 bg-brand-50" : "me-8 bg-paper"}`}>
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink">{mine ? t("detail.you") : message.fromStaff ? t("detail.reviewer") : (message.authorName ?? "")}</span>
                {" · "}
                <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{message.body}</p>
            </li>
          );
        })}
      </ol>
      {canWrite ? <MessageForm applicationId={applicationId} /> : null}
    </section>
  );
}
