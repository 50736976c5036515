import { describe, expect, it } from "vitest";
import { formatMilestoneDate, formatPartialDate, formatYearSpan } from "./format";

describe("formatPartialDate", () => {
  it.each([
    [null, "en", null],
    ["2015", "en", "2015"],
    ["2015", "ru", "2015"],
    ["2023-01-12", "en", "January 12, 2023"],
    ["2023-01-12", "ru", "12 января 2023 г."],
    ["2021-03", "en", "March 2021"],
    ["not a date", "en", "not a date"],
    // Persian: Gregorian months and Persian digits, never the Solar Hijri calendar.
    ["2015", "fa", "۲۰۱۵"],
    ["2023-01-12", "fa", "۱۲ ژانویهٔ ۲۰۲۳"],
    ["2021-03", "fa", "مارس ۲۰۲۱"],
  ])("%j in %s → %j", (iso, locale, expected) => {
    expect(formatPartialDate(iso, locale)).toBe(expected);
  });
});

describe("formatMilestoneDate", () => {
  const base = { year: 2017, yearTo: null, month: null, day: null };
  it("shows a year, a month, a full date or a span", () => {
    expect(formatMilestoneDate(base, "en")).toBe("2017");
    expect(formatMilestoneDate({ ...base, month: 10 }, "en")).toBe("October 2017");
    expect(formatMilestoneDate({ ...base, month: 10 }, "ru")).toMatch(/^октябрь 2017/);
    expect(formatMilestoneDate({ ...base, month: 1, day: 12 }, "en")).toBe("January 12, 2017");
    expect(formatMilestoneDate({ ...base, year: 1993, yearTo: 1994 }, "en")).toBe("1993–1994");
    expect(formatMilestoneDate({ ...base, yearTo: 2017 }, "en")).toBe("2017");
    expect(formatMilestoneDate(base, "fa")).toBe("۲۰۱۷");
    expect(formatMilestoneDate({ ...base, month: 10 }, "fa")).toBe("اکتبر ۲۰۱۷");
  });
});

describe("formatYearSpan", () => {
  it("handles unknown, single and spanned years", () => {
    expect(formatYearSpan(null, null)).toBeNull();
    expect(formatYearSpan(2010, null)).toBe("2010");
    expect(formatYearSpan(1993, 1994)).toBe("1993–1994");
    expect(formatYearSpan(1993, 1994, "fa")).toBe("۱۹۹۳–۱۹۹۴");
  });
});
