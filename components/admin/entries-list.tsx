import { useFormatter, useTranslations } from "next-intl";

export interface Entry {
  id: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
  fromStaff?: boolean;
}

/** Notes or messages, oldest first; bodies are plain text (React escapes them). */
export function EntriesList({ entries, empty }: { entries: Entry[]; empty: string }) {
  const t = useTranslations("AdminDetail");
  const format = useFormatter();
  if (entries.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-line p-3">
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">{entry.authorName ?? t("timeline.unknownActor")}</span>
            {entry.fromStaff === undefined ? null : ` · ${entry.fromStaff ? t("messages.staff") : t("messages.applicant")}`}
            {" · "}
            <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
          <p className="mt-1 break-words whitespace-pre-line">{entry.body}</p>
        </li>
      ))}
    </ol>
  );
}
