import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ApplicationStatistics } from "@/lib/applications/statistics";
import { BarTable } from "./bar-table";

/** The four counts and the stage durations, shared by the staff statistics page and the public open-data page. */
export function StatisticsView({ stats, otherCountries }: { stats: ApplicationStatistics; otherCountries?: number }) {
  const t = useTranslations("AdminStats");
  const tStatus = useTranslations("Admin");
  const tSector = useTranslations("Eligibility");
  const format = useFormatter();
  const countries = new Intl.DisplayNames([useLocale()], { type: "region" });
  // Buckets are Gregorian months: name them in the Gregorian calendar even where the
  // locale's default differs (fa defaults to the Solar Hijri calendar).
  const month = (key: string) => format.dateTime(new Date(`${key}-01T00:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC", calendar: "gregory" });
  const countryRows = stats.byCountry.map((row) => ({ ...row, label: countries.of(row.key) ?? row.key, value: row.count }));
  if (otherCountries) countryRows.push({ key: "other", count: otherCountries, label: t("otherCountries"), value: otherCountries });
  const empty = stats.byStatus.length === 0;
  if (empty) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <BarTable caption={t("byStatus")} labelHeader={t("status")} valueHeader={t("applications")} rows={stats.byStatus.map((row) => ({ key: row.key, label: tStatus(`statuses.${row.key as "submitted"}`), value: row.count }))} />
      <BarTable caption={t("byCountry")} labelHeader={t("country")} valueHeader={t("applications")} rows={countryRows} />
      <BarTable caption={t("bySector")} labelHeader={t("sector")} valueHeader={t("applications")} rows={stats.bySector.map((row) => ({ key: row.key, label: tSector(`options.sector.${row.key as "other"}`), value: row.count }))} />
      <BarTable caption={t("byMonth")} labelHeader={t("month")} valueHeader={t("applications")} rows={stats.byMonth.map((row) => ({ key: row.key, label: month(row.key), value: row.count }))} />
      <BarTable
        caption={t("medianDays")}
        labelHeader={t("status")}
        valueHeader={t("days")}
        unit={t("daysUnit")}
        rows={stats.medianDays.map((row) => ({ key: row.status, label: tStatus(`statuses.${row.status}`), value: row.medianDays }))}
      />
    </div>
  );
}
