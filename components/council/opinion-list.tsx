import { useFormatter, useTranslations } from "next-intl";
import type { OpinionView } from "@/lib/council/opinions";

/** Council members' opinions as text: who, what they recommend, why, when last changed. */
export function OpinionList({ opinions }: { opinions: OpinionView[] }) {
  const t = useTranslations("Council");
  const format = useFormatter();
  return (
    <ul className="flex flex-col gap-3">
      {opinions.map((opinion) => (
        <li key={opinion.memberId} className="rounded border border-line p-3">
          <p className="font-semibold">
            {opinion.memberName ?? "—"}: {t(`recommendations.${opinion.recommendation}`)}
          </p>
          <p className="whitespace-pre-line break-words">{opinion.reason}</p>
          <p className="text-sm text-muted">
            <time dateTime={opinion.updatedAt.toISOString()}>{format.dateTime(opinion.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
