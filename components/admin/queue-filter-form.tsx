import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { inputClass } from "@/components/ui/field";
import { DayFilter } from "./day-filter";
import { SECTORS } from "@/lib/applications/constants";
import { QUEUE_SORTS, QUEUE_STATUSES, type QueueFilters } from "@/lib/applications/queue-filters";
import { countryOptions } from "@/lib/geo/countries";

function Control({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function QueueFilterForm({
  action,
  filters,
  reviewers,
  invalid = {},
}: {
  action: string;
  filters: QueueFilters;
  reviewers: Array<{ id: string; name: string }>;
  /** Date fields of the URL that name no real day, with the value as given (kept in the field). */
  invalid?: Partial<Record<"from" | "to", string>>;
}) {
  const t = useTranslations("AdminQueue");
  const tAdmin = useTranslations("Admin");
  const tSector = useTranslations("Eligibility");
  const locale = useLocale();
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.label")} className="grid gap-3 rounded-lg border border-line bg-paper p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Control id="f-q" label={t("filters.q")}>
        <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass} />
      </Control>
      <Control id="f-status" label={t("filters.status")}>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          {QUEUE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tAdmin(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </Control>
      <Control id="f-country" label={t("filters.country")}>
        <select id="f-country" name="country" defaultValue={filters.country ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          {countryOptions(locale).map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </Control>
      <Control id="f-sector" label={t("filters.sector")}>
        <select id="f-sector" name="sector" defaultValue={filters.sector ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {tSector(`options.sector.${sector}`)}
            </option>
          ))}
        </select>
      </Control>
      <Control id="f-reviewer" label={t("filters.reviewer")}>
        <select id="f-reviewer" name="reviewer" defaultValue={filters.reviewer ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          <option value="unassigned">{t("unassigned")}</option>
          <option value="me">{t("filters.me")}</option>
          {reviewers.map((reviewer) => (
            <option key={reviewer.id} value={reviewer.id}>
              {reviewer.name}
            </option>
          ))}
        </select>
      </Control>
      <DayFilter id="f-from" name="from" label={t("filters.from")} value={filters.from} invalid={invalid.from} />
      <DayFilter id="f-to" name="to" label={t("filters.to")} value={filters.to} invalid={invalid.to} />
      <Control id="f-below" label={t("filters.below")}>
        <select id="f-below" name="below" defaultValue={filters.below ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          <option value="yes">{t("filters.belowYes")}</option>
          <option value="no">{t("filters.belowNo")}</option>
        </select>
      </Control>
      <Control id="f-stale" label={t("filters.staleDays")}>
        <input id="f-stale" name="staleDays" type="number" min={1} max={365} inputMode="numeric" defaultValue={filters.staleDays ?? ""} className={inputClass} />
      </Control>
      <Control id="f-sort" label={t("filters.sort")}>
        <select id="f-sort" name="sort" defaultValue={filters.sort} className={inputClass}>
          {QUEUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </Control>
      <Control id="f-dir" label={t("filters.dir")}>
        <select id="f-dir" name="dir" defaultValue={filters.dir} className={inputClass}>
          <option value="desc">{t("filters.desc")}</option>
          <option value="asc">{t("filters.asc")}</option>
        </select>
      </Control>
      <div className="flex items-end gap-3">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("filters.apply")}
        </button>
        <a href={action} className="py-2 text-brand-700 underline">
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}
