import { z } from "zod";
import { calendarDaySchema, invalidDayFields } from "@/lib/dates/calendar-day";
import { SECTORS } from "./constants";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./status";

/**
 * The staff queue's filters, as they live in the URL (a plain GET form, so the
 * page works without JavaScript and a filtered view can be bookmarked). Pure
 * and browser-safe. Anything malformed is dropped, never an error: a stale or
 * hand-edited URL still shows a queue. Sorting is by allowlisted keys only;
 * the SQL for each key lives in queue-sql.ts, never taken from the URL.
 */

/** Staff never see unsent drafts. */
export const QUEUE_STATUSES = APPLICATION_STATUSES.filter((status) => status !== "draft") as Exclude<ApplicationStatus, "draft">[];
export const QUEUE_SORTS = ["submitted_at", "status_changed_at", "reference", "company_name", "investment_rub"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional()).catch(undefined);

/** A real calendar day only: "2024-02-30" used to pass here and fail in PostgreSQL's ::date (a 500). */
const day = calendarDaySchema;

export const queueFilterSchema = z.object({
  status: optional(z.enum(QUEUE_STATUSES as [string, ...string[]]).transform((s) => s as Exclude<ApplicationStatus, "draft">)),
  country: optional(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/)),
  sector: optional(z.enum(SECTORS)),
  /** "unassigned", "me", or a reviewer's id. */
  reviewer: optional(z.string().refine((value) => value === "unassigned" || value === "me" || UUID.test(value))),
  from: optional(day),
  to: optional(day),
  below: optional(z.enum(["yes", "no"])),
  q: optional(z.string().trim().max(100)),
  /** "Unassigned and waiting longer than N days". */
  staleDays: optional(z.coerce.number().int().min(1).max(365)),
  sort: z.enum(QUEUE_SORTS).catch("submitted_at").default("submitted_at"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  /** Keyset cursor: the last row's sort value and id (see encodeCursor). */
  after: optional(z.string().max(400)),
});
export type QueueFilters = z.output<typeof queueFilterSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

/** searchParams (or URLSearchParams) → filters; the first value of a repeated key wins. */
export function parseQueueFilters(params: SearchParams | URLSearchParams): QueueFilters {
  const flat: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && !(key in flat)) flat[key] = first;
  }
  return queueFilterSchema.parse(flat);
}

/** The date filters of the URL that name no real day (shown as field errors; the filter ignores them). */
export function queueFilterErrors(params: SearchParams | URLSearchParams): Array<"from" | "to"> {
  return invalidDayFields(params, ["from", "to"] as const);
}

/** Filters → query string (without the cursor unless given), for links and the export. */
export function queueQueryString(filters: Partial<QueueFilters>, overrides: Partial<Record<keyof QueueFilters, string | number | undefined>> = {}): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...filters, ...overrides };
  for (const key of Object.keys(queueFilterSchema.shape)) {
    const value = merged[key];
    if (value === undefined || value === null || value === "") continue;
    if (key === "sort" && value === "submitted_at") continue;
    if (key === "dir" && value === "desc") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
