/**
 * Display of the content model's partial dates. Pure and browser-safe.
 * Sources and figures carry ISO 8601 dates that may be partial ("2015",
 * "2023-01", "2023-01-12"); milestones carry year, optional month and day and
 * an optional end year. Both are formatted in the reader's locale, in UTC so a
 * date never shifts by a day on the server's time zone.
 *
 * Always in the Gregorian calendar: these dates quote sources, and many are a
 * bare year that has no equivalent in another calendar (Intl's default for fa is
 * the Solar Hijri calendar, which would put "2008" next to "مهر ۱۳۹۶"). Years use
 * the locale's digits, like the rest of the date.
 */
import { formatYear as yearText } from "@/lib/format/numbers";

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function utcDate(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}


/** "2015" → "2015"; "2023-01" → "January 2023"; "2023-01-12" → "12 January 2023" (en-GB style per locale). */
export function formatPartialDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const match = PARTIAL_ISO.exec(iso.trim());
  if (!match) return iso;
  const [, year = "", month, day] = match;
  if (!month) return yearText(Number(year), locale);
  const date = utcDate(Number(year), Number(month), day ? Number(day) : 1);
  const options: Intl.DateTimeFormatOptions = day
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC", calendar: "gregory" }
    : { year: "numeric", month: "long", timeZone: "UTC", calendar: "gregory" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A milestone's date: "2008", "October 2017", "1993–1994", "12 January 2023". */
export function formatMilestoneDate(
  entry: { year: number; yearTo: number | null; month: number | null; day: number | null },
  locale: string,
): string {
  if (entry.yearTo !== null && entry.yearTo !== entry.year) return `${yearText(entry.year, locale)}–${yearText(entry.yearTo, locale)}`;
  if (entry.month === null) return yearText(entry.year, locale);
  const date = utcDate(entry.year, entry.month, entry.day ?? 1);
  const options: Intl.DateTimeFormatOptions =
    entry.day === null
      ? { year: "numeric", month: "long", timeZone: "UTC", calendar: "gregory" }
      : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC", calendar: "gregory" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A span of years for a partner region: "1993–1994", "2010", or null when unknown. */
export function formatYearSpan(yearFrom: number | null, yearTo: number | null, locale = "en"): string | null {
  if (yearFrom === null) return null;
  return yearTo !== null && yearTo !== yearFrom ? `${yearText(yearFrom, locale)}–${yearText(yearTo, locale)}` : yearText(yearFrom, locale);
}
