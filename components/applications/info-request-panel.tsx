import { getTranslations } from "next-intl/server";
import type { RequestedItem } from "@/lib/applications/enums";
import { Link } from "@/lib/i18n/link";

/** What the reviewers flagged, each with their comment and a link to the step that holds it. */
export async function InfoRequestPanel({ applicationId, items }: { applicationId: string; items: RequestedItem[] }) {
  const t = await getTranslations("Apply");
  const steps = ["company", "project", "investment", "contact", "documents"] as const;
  return (
    <section aria-labelledby="request-heading" className="rounded-lg border-s-4 border-warn-800 bg-warn-50 p-5 text-warn-800">
      <h2 id="request-heading" className="text-xl font-semibold">{t("detail.infoRequested")}</h2>
      <p className="mt-1">{t("detail.infoRequestedIntro")}</p>
      <ul className="mt-3 flex flex-col gap-2">
        {items.map((item) => {
          const step = steps.find((candidate) => item.field.startsWith(`${candidate}.`));
          return (
            <li key={item.field} className="flex flex-wrap items-baseline gap-2">
              <span className="font-semibold">{step ? t(`fields.${step}`) : item.field}:</span>
              <span>{item.comment}</span>
              {step ? (
                <Link href={`/applications/${applicationId}/edit/${step}`} className="font-medium underline">
                  {t("detail.fixField")}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
