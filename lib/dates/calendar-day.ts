import { z } from "zod";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day that exists in the calendar, as `YYYY-MM-DD` (the value of an
 * `<input type="date">`). A regular expression and `Date.parse` are not
 * enough: V8 reads "2024-02-30" as 1 March, while PostgreSQL's `::date`
 * refuses it with an error, so the day is rebuilt and compared part by part.
 * Pure and browser-safe.
 */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 9999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDaySchema = z.string().refine(isCalendarDay, { message: "invalidDate" });

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * The date fields of a filter URL that were given but name no real day: the
 * filter ignores them (the rest of the view still works) and the page marks
 * them as field errors, so a hand-edited URL never reaches the database.
 */
export function invalidDayFields<K extends string>(params: Params, fields: readonly K[]): K[] {
  const read = (key: K) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  return fields.filter((field) => {
    const value = read(field);
    return typeof value === "string" && value !== "" && !isCalendarDay(value);
  });
}
