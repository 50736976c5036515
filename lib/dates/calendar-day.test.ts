import { describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/admin/audit-log";
import { parseQueueFilters, queueFilterErrors } from "@/lib/applications/queue-filters";
import { decodeFileNameHeader } from "@/lib/documents/file-type";
import { invalidDayFields, isCalendarDay } from "./calendar-day";

// Issue 12 item 8: days that do not exist reached PostgreSQL's ::date and answered 500.
describe("calendar days", () => {
  it("accepts real days, leap days included", () => {
    for (const day of ["2024-02-29", "2026-12-31", "2000-02-29", "1900-01-01"]) expect(isCalendarDay(day)).toBe(true);
  });

  it("refuses days that are not in the calendar, which Date.parse accepts", () => {
    expect(Number.isNaN(Date.parse("2024-02-30T00:00:00Z"))).toBe(false); // why a regex + Date.parse was not enough
    for (const day of ["2024-02-30", "2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2026-1-1", "2026-01-01T00:00", ""]) {
      expect(isCalendarDay(day), day).toBe(false);
    }
  });

  it("the queue and audit filters drop an impossible day and report it as a field error", () => {
    const params = { from: "2024-02-30", to: "2024-03-01", status: "submitted" };
    expect(parseQueueFilters(params)).toMatchObject({ from: undefined, to: "2024-03-01", status: "submitted" });
    expect(queueFilterErrors(params)).toEqual(["from"]);
    expect(queueFilterErrors(new URLSearchParams("to=2023-02-29"))).toEqual(["to"]);
    expect(parseAuditFilters({ from: "2024-02-30", to: "2023-02-29" })).toMatchObject({ from: undefined, to: undefined });
    expect(invalidDayFields({ from: ["2024-02-30", "2024-02-01"], to: "" }, ["from", "to"])).toEqual(["from"]);
  });
});

describe("X-File-Name header", () => {
  it("decodes what the browser sends (encodeURIComponent) and caps the length", () => {
    expect(decodeFileNameHeader(encodeURIComponent("Устав компании.pdf"))).toBe("Устав компании.pdf");
    expect(decodeFileNameHeader(null)).toBe("document");
    expect(decodeFileNameHeader("a".repeat(900))).toHaveLength(500);
  });

  it("answers null (a 400 in the route) for malformed percent-encoding instead of throwing", () => {
    for (const raw of ["%", "%E0%A4%A", "%zz.pdf", "%C0%AF", "%ED%A0%80"]) expect(decodeFileNameHeader(raw), raw).toBeNull();
  });
});
