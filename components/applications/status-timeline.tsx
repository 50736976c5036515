import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/applications/investor-queries";
import { TERMINAL, type ApplicationStatus } from "@/lib/applications/status";
import { DeadlineNote } from "@/components/council/deadline-note";
import { expectedDecisionDate } from "@/lib/council/deadline";
import { StatusBadge } from "./status-badge";

/** Every transition with its date and the reviewers' reason; the open stage shows our target duration. */
export async function StatusTimeline({
  events,
  current,
  since,
  expectedDays,
  submittedAt,
}: {
  events: TimelineEntry[];
  current: ApplicationStatus;
  since: Date;
  expectedDays: Partial<Record<ApplicationStatus, number>>;
  /** From the submission the 40-day decision time runs (lib/council/deadline.ts). */
  submittedAt: Date | null;
}) {
  const t = await getTranslations("Apply");
  const tDeadline = await getTranslations("Deadline");
  const format = await getFormatter();
  const expected = expectedDays[current];
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-line p-5">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {t("detail.timeline")}
      </h2>
      {!TERMINAL.includes(current) ? (
        <p className="mt-3 rounded bg-brand-50 px-3 py-2 text-brand-900">
          <strong>{t("detail.current")}: </strong>
          {t(`statuses.${current}`)} ({t("detail.since", { date: format.dateTime(since, { dateStyle: "medium" }) })})
          {expected ? <span className="block text-sm">{t("detail.expected", { days: expected })}</span> : null}
        </p>
      ) : null}
      {submittedAt && !TERMINAL.includes(current) ? (
        <div className="mt-3">
          <p className="font-semibold">{tDeadline("expectedBy", { date: format.dateTime(expectedDecisionDate(submittedAt), { dateStyle: "long" }) })}</p>
          <DeadlineNote />
        </div>
      ) : null}
      <ol className="mt-4 flex flex-col gap-4 border-s-2 border-line ps-5">
        {events.map((event, index) => (
          <li key={index} className="relative">
            <span aria-hidden="true" className="absolute -start-[1.72rem] top-1.5 size-3 rounded-full bg-brand-600" />
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={event.to} />
              <time dateTime={event.at.toISOString()} className="text-sm text-muted">
                {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </div>
            {event.reason ? <p className="mt-1">{t("detail.reason", { reason: event.reason })}</p> : null}
            {event.requestedItems?.length ? (
              <ul className="mt-1 list-disc ps-5 text-sm">
                {event.requestedItems.map((item) => (
                  <li key={item.field}>{item.comment}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
