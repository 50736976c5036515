import { describe, expect, it } from "vitest";
import { normaliseDigits, parsePercent, parseWholeNumber } from "./number";

describe("parseWholeNumber", () => {
  it.each([
    ["120000000", 120_000_000],
    ["  120 000 000 ", 120_000_000],
    ["120,000,000", 120_000_000],
    ["120\u00A0000\u00A0000", 120_000_000],
    ["120\u2009000\u2009000", 120_000_000],
    [new Intl.NumberFormat("ru-RU").format(120_000_000), 120_000_000],
    [new Intl.NumberFormat("en-US").format(120_000_000), 120_000_000],
    ["0", 0],
    ["000", 0],
    ["999999999999999", 999_999_999_999_999],
    ["۱۲۰۰۰۰۰۰۰", 120_000_000],
    ["١٢٠٬٠٠٠".replace("٬", ","), 120_000],
    ["١٢٠٬٠٠٠", 120_000],
    ["۱۲۰٬۰۰۰٬۰۰۰", 120_000_000],
    [new Intl.NumberFormat("fa").format(120_000_000), 120_000_000],
    [new Intl.NumberFormat("ar-EG").format(120_000_000), 120_000_000],
    [120_000_000, 120_000_000],
  ])("%j → %i", (input, value) => {
    expect(parseWholeNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    [undefined, "required"],
    [null, "required"],
    ["   ", "required"],
    ["abc", "notANumber"],
    ["NaN", "notANumber"],
    ["Infinity", "notANumber"],
    ["1e3", "notANumber"],
    ["1e309", "notANumber"],
    ["0x10", "notANumber"],
    ["１２３", "notANumber"], // fullwidth digits are not normalised
    ["१२३", "notANumber"], // nor Devanagari
    [Number.NaN, "notANumber"],
    [Number.POSITIVE_INFINITY, "notANumber"],
    [{}, "notANumber"],
    ["-1", "negative"],
    ["\u22121 000", "negative"],
    [-1, "negative"],
    ["1.5", "notWhole"],
    ["1,5", "notWhole"],
    ["12 34", "notWhole"],
    ["120 000,000", "notWhole"], // mixed separators
    ["1.000.000", "notWhole"],
    [1.5, "notWhole"],
    ["1000000000000000", "tooLarge"],
    ["1 000 000 000 000 000", "tooLarge"],
    [1e21, "tooLarge"],
  ])("%j → %s", (input, error) => {
    expect(parseWholeNumber(input)).toEqual({ ok: false, error });
  });

  it("honours a smaller digit cap", () => {
    expect(parseWholeNumber("10000000000000", 13)).toEqual({ ok: false, error: "tooLarge" });
    expect(parseWholeNumber("9999999999999", 13)).toEqual({ ok: true, value: 9_999_999_999_999 });
  });
});

describe("parsePercent", () => {
  it.each([
    ["0", 0],
    ["100", 100],
    ["2.2", 2.2],
    ["2,2", 2.2],
    ["1.50 %", 1.5],
    ["-0", 0],
    [12.5, 12.5],
    ["۲٫۲", 2.2],
    ["۲٫۲٪", 2.2],
    [new Intl.NumberFormat("fa", { style: "percent", maximumFractionDigits: 2 }).format(0.015), 1.5],
  ])("%j → %d", (input, value) => {
    expect(parsePercent(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "required"],
    ["abc", "notANumber"],
    ["1e2", "notANumber"],
    ["-1", "outOfRange"],
    ["100.5", "outOfRange"],
    ["1000", "outOfRange"],
    ["0.125", "tooPrecise"],
    [Number.NaN, "notANumber"],
    ["۱٬۵", "notANumber"], // a thousands separator is not a decimal mark
  ])("%j → %s", (input, error) => {
    expect(parsePercent(input)).toEqual({ ok: false, error });
  });

  it("allows more decimals when asked", () => {
    expect(parsePercent("0.125", 3)).toEqual({ ok: true, value: 0.125 });
  });
});

describe("normaliseDigits", () => {
  it("maps Arabic-Indic and Persian digits only", () => {
    expect(normaliseDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 12")).toBe("0123456789 0123456789 12");
  });

  it("maps the Arabic decimal separator to a dot, not the thousands separator", () => {
    expect(normaliseDigits("۲٫۵")).toBe("2.5");
    expect(normaliseDigits("۱٬۰۰۰")).toBe("1٬000");
  });

  it("refuses a decimal written with the Arabic decimal separator where whole roubles are asked", () => {
    expect(parseWholeNumber("۲٫۵")).toEqual({ ok: false, error: "notWhole" });
  });
});
