import { getFormatter, getTranslations } from "next-intl/server";
import { FORM_STEPS, type FormStep } from "@/lib/applications/constants";
import { Link } from "@/lib/i18n/link";

/** The six steps in reading order; reached steps are links, the current one is marked for assistive technology. */
export async function StepProgress({ applicationId, current, reached }: { applicationId: string; current: FormStep; reached: FormStep }) {
  const t = await getTranslations("Apply");
  const format = await getFormatter();
  const reachedIndex = FORM_STEPS.indexOf(reached);
  return (
    <nav aria-label={t("progress")} className="mb-8">
      <p className="mb-2 text-sm text-muted">{t("stepOf", { n: FORM_STEPS.indexOf(current) + 1, total: FORM_STEPS.length })}</p>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {FORM_STEPS.map((step, index) => {
          const isCurrent = step === current;
          const label = `${format.number(index + 1)}. ${t(`steps.${step}`)}`;
          const base = "block rounded border-t-4 px-2 py-2 text-sm";
          return (
            <li key={step}>
              {index <= reachedIndex && !isCurrent ? (
                <Link href={`/applications/${applicationId}/edit/${step}`} className={`${base} border-brand-600 font-medium text-brand-700 underline`}>
                  {label}
                </Link>
              ) : (
                <span aria-current={isCurrent ? "step" : undefined} className={`${base} ${isCurrent ? "border-lotus-600 bg-lotus-50 font-semibold" : "border-line text-muted"}`}>
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
