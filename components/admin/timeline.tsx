import { useFormatter, useTranslations } from "next-intl";
import type { ReviewEvent } from "@/lib/applications/staff-detail";

/** Every status change, oldest first, with who, the reason and any flagged items. */
export function Timeline({ events }: { events: ReviewEvent[] }) {
  const t = useTranslations("AdminDetail");
  const tStatus = useTranslations("Admin");
  const format = useFormatter();
  if (events.length === 0) return <p className="text-muted">{t("timeline.empty")}</p>;
  return (
    <ol className="flex flex-col gap-3 border-s-2 border-line ps-4">
      {events.map((event) => (
        <li key={event.id}>
          <p>
            <time dateTime={event.at.toISOString()} className="font-medium">
              {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            {" · "}
            {event.fromStatus
              ? t("timeline.change", { from: tStatus(`statuses.${event.fromStatus}`), to: tStatus(`statuses.${event.toStatus}`) })
              : tStatus(`statuses.${event.toStatus}`)}
            {" · "}
            <span className="text-muted">{event.actorName ?? t("timeline.unknownActor")}</span>
          </p>
          {event.reason ? <p className="whitespace-pre-line text-sm">{t("timeline.reason", { reason: event.reason })}</p> : null}
          {event.requestedItems?.length ? (
            <ul className="ms-4 list-disc text-sm">
              {event.requestedItems.map((item) => (
                <li key={item.field}>
                  {t.has(`fields.${item.field}` as never) ? t(`fields.${item.field}` as never) : item.field}
                  {item.comment ? `: ${item.comment}` : ""}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
