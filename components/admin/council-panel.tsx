import { getFormatter, getTranslations } from "next-intl/server";
import { DeadlineBadge } from "@/components/council/deadline-badge";
import { DeadlineNote } from "@/components/council/deadline-note";
import { OpinionList } from "@/components/council/opinion-list";
import type { DecisionSubject, DecisionView } from "@/lib/council/decision";
import type { OpinionView, Tally } from "@/lib/council/opinions";
import { CouncilDecisionForm } from "./council-decision-form";

/**
 * The staff's view of the council: the deadline, the open opinions and their
 * tally, the form to record the decision while the application is in expert
 * review, and the decisions recorded before.
 */
export async function CouncilPanel({
  application,
  open,
  decisions,
}: {
  application: DecisionSubject;
  open: { opinions: OpinionView[]; tally: Tally };
  decisions: DecisionView[];
}) {
  const t = await getTranslations("AdminDetail");
  const format = await getFormatter();
  const inReview = application.status === "expert_review";
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="font-medium">
          <DeadlineBadge submittedAt={application.submittedAt} status={application.status} />
        </p>
        <DeadlineNote />
      </div>
      {inReview ? (
        <>
          <p role="status" className="font-semibold">
            {open.opinions.length === 0 ? t("council.none") : t("council.tally", open.tally)}
          </p>
          {open.opinions.length > 0 ? <OpinionList opinions={open.opinions} /> : null}
          <CouncilDecisionForm applicationId={application.id} version={application.version} />
        </>
      ) : decisions.length === 0 ? (
        <p className="text-muted">{t("council.notYet")}</p>
      ) : null}
      {decisions.length > 0 ? (
        <section aria-labelledby="council-history-heading" className="flex flex-col gap-3">
          <h3 id="council-history-heading" className="text-lg font-semibold">
            {t("council.history")}
          </h3>
          {decisions.map((decision) => (
            <article key={decision.id} className="flex flex-col gap-2 rounded border border-line p-3">
              <p className="font-semibold">
                {t("council.decided", {
                  outcome: t(`council.outcomes.${decision.outcome}`),
                  date: format.dateTime(new Date(`${decision.meetingDate}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
                  name: decision.recordedByName ?? "—",
                })}
              </p>
              {decision.reason ? <p className="whitespace-pre-line break-words">{decision.reason}</p> : null}
              {decision.opinions.length > 0 ? <OpinionList opinions={decision.opinions} /> : null}
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
