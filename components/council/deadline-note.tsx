import { useTranslations } from "next-intl";

/** Where the 40 days come from, and that the proposed 15 days are not the rule. */
export function DeadlineNote() {
  const t = useTranslations("Deadline");
  return (
    <p className="text-sm text-muted">
      {t("rule")} {t("fastTrack")}
    </p>
  );
}
