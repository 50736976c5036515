import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { formatAmount, formatFileSize, formatNumber, formatPercent, formatYear } from "./numbers";

const NBSP = "\u00a0";

describe("years are never grouped", () => {
  it.each([
    ["en", "2025"],
    ["ru", "2025"],
    ["de", "2025"],
    ["nl", "2025"],
    ["ko", "2025"],
    ["zh", "2025"],
    ["fa", "۲۰۲۵"],
  ])("%s: 2025 → %s", (locale, expected) => {
    expect(formatYear(2025, locale)).toBe(expected);
  });

  it("in every configured locale, no separator between the digits", () => {
    for (const locale of locales) expect(formatYear(12_345, locale), locale).toMatch(/^[\p{Nd}]+$/u);
  });
});

describe("file sizes get the unit that fits", () => {
  const KB = 1024;
  const MB = KB * KB;
  const cases: Record<string, Array<[number, string]>> = {
    en: [[300, "< 1 kB"], [2 * KB, "2 kB"], [Math.round(1.4 * MB), "1.4 MB"], [MB - 1, "1 MB"], [10 * MB, "10 MB"], [1.5 * KB * MB, "1.5 GB"]],
    ru: [[300, "< 1 кБ"], [2 * KB, "2 кБ"], [Math.round(1.4 * MB), "1,4 МБ"], [MB - 1, "1 МБ"], [10 * MB, "10 МБ"], [1.5 * KB * MB, "1,5 ГБ"]],
    fa: [[300, "< ۱ kB"], [2 * KB, "۲ kB"], [Math.round(1.4 * MB), "۱٫۴ MB"], [MB - 1, "۱ MB"], [10 * MB, "۱۰ MB"], [1.5 * KB * MB, "۱٫۵ GB"]],
    zh: [[300, "< 1 kB"], [2 * KB, "2 kB"], [Math.round(1.4 * MB), "1.4 MB"], [MB - 1, "1 MB"], [10 * MB, "10 MB"], [1.5 * KB * MB, "1.5 GB"]],
  };
  for (const [locale, sizes] of Object.entries(cases)) {
    it(locale, () => {
      for (const [bytes, expected] of sizes) expect(formatFileSize(bytes, locale).replace(/\u00a0/g, " "), `${bytes} bytes`).toBe(expected);
    });
  }

  it("small files never read 0 kB; 1023 bytes is still below a kilobyte; 1 kB exactly is 1 kB", () => {
    for (const locale of locales) {
      expect(formatFileSize(1, locale), locale).toMatch(/^< /);
      expect(formatFileSize(1023, locale), locale).toMatch(/^< /);
      expect(formatFileSize(1024, locale), locale).not.toMatch(/^< |0/);
    }
  });

  it("refuses what is not a size", () => {
    expect(() => formatFileSize(-1, "en")).toThrow(RangeError);
    expect(() => formatFileSize(Number.NaN, "en")).toThrow(RangeError);
  });
});

describe("amounts, counts and percentages with Intl for the locale", () => {
  it.each([
    ["en", `RUB${NBSP}150,000,000`, "120,000,000", "2.5%"],
    ["ru", `150${NBSP}000${NBSP}000${NBSP}₽`, `120${NBSP}000${NBSP}000`, `2,5${NBSP}%`],
    ["fa", `\u200eRUB${NBSP}۱۵۰٬۰۰۰٬۰۰۰`, "۱۲۰٬۰۰۰٬۰۰۰", "۲٫۵٪"],
    ["zh", `RUB${NBSP}150,000,000`, "120,000,000", "2.5%"],
  ])("%s", (locale, amount, count, percent) => {
    expect(formatAmount(150_000_000, locale)).toBe(amount);
    expect(formatNumber(120_000_000, locale)).toBe(count);
    expect(formatPercent(2.5, locale)).toBe(percent);
  });

  it("amounts are whole roubles in every locale", () => {
    for (const locale of locales) expect(formatAmount(1_234_567.89, locale), locale).not.toMatch(/[.,٫]\p{Nd}{2}(?!\p{Nd})/u);
  });
});
