import { describe, expect, it } from "vitest";
import { estimateSavings, taxRub } from "./savings";
import { parseSavingsFormData, savingsSchema, type SavingsInput } from "./savings-schema";

const input = (overrides: Partial<SavingsInput> = {}): SavingsInput => ({
  propertyValueRub: 500_000_000,
  landCadastralValueRub: 40_000_000,
  transportTaxAnnualRub: 250_000,
  annualProfitRub: 100_000_000,
  propertyTaxRatePercent: 2.2,
  landTaxRatePercent: 1.5,
  compareProfitTax: false,
  ...overrides,
});

describe("taxRub", () => {
  it("rounds half up to whole roubles in exact integer arithmetic", () => {
    expect(taxRub(50, 1)).toBe(1); // 0.5 → 1
    expect(taxRub(49, 1)).toBe(0); // 0.49 → 0
    expect(taxRub(150, 1)).toBe(2); // 1.5 → 2
    expect(taxRub(1, 0.375)).toBe(0);
    expect(taxRub(0, 2.2)).toBe(0);
    expect(taxRub(9_999_999_999_999, 100)).toBe(9_999_999_999_999);
    // 0.1 + 0.2 style float noise must not leak in: 2.2 % of 1,000 = 22 exactly
    expect(taxRub(1_000, 2.2)).toBe(22);
    expect(taxRub(9_999_999_999_999, 2.2)).toBe(220_000_000_000); // 219,999,999,999.978
  });
});

describe("estimateSavings", () => {
  it("computes property and land as confirmed, transport both ways as conflicting", () => {
    const estimate = estimateSavings(input());
    expect(estimate.property).toMatchObject({ yearsOfHoliday: 10, annualSaving: 11_000_000, totalSaving: 110_000_000, status: "confirmed" });
    expect(estimate.land).toMatchObject({ yearsOfHoliday: 5, annualSaving: 600_000, totalSaving: 3_000_000, status: "confirmed" });
    expect(estimate.transport.map((t) => [t.yearsOfHoliday, t.totalSaving, t.status, t.source])).toEqual([
      [12, 3_000_000, "conflicting", "release2023"],
      [10, 2_500_000, "conflicting", "portnews2015"],
    ]);
    expect(estimate.profit).toBeNull();
    expect(estimate.totals).toEqual({ confirmed: 113_000_000, unconfirmed: { min: 2_500_000, max: 3_000_000 } });
  });

  it("computes the profit comparison only on request, marked to be confirmed", () => {
    const estimate = estimateSavings(input({ compareProfitTax: true }));
    // 25 % − 2 % of 100 million = 23 million a year, for 10 years
    expect(estimate.profit).toMatchObject({ yearsOfHoliday: 10, annualSaving: 23_000_000, totalSaving: 230_000_000, status: "to_be_confirmed" });
    expect(estimate.totals.confirmed).toBe(113_000_000);
    expect(estimate.totals.unconfirmed).toEqual({ min: 232_500_000, max: 233_000_000 });
  });

  it("handles all zeros", () => {
    const zero = input({ propertyValueRub: 0, landCadastralValueRub: 0, transportTaxAnnualRub: 0, annualProfitRub: 0, propertyTaxRatePercent: 0, landTaxRatePercent: 0, compareProfitTax: true });
    const estimate = estimateSavings(zero);
    expect(estimate.totals).toEqual({ confirmed: 0, unconfirmed: { min: 0, max: 0 } });
    expect(estimate.profit?.totalSaving).toBe(0);
  });

  it("stays exact at the largest accepted amounts", () => {
    const max = 9_999_999_999_999;
    const estimate = estimateSavings(input({ propertyValueRub: max, landCadastralValueRub: max, transportTaxAnnualRub: max, annualProfitRub: max, propertyTaxRatePercent: 100, landTaxRatePercent: 100, compareProfitTax: true }));
    expect(estimate.totals.confirmed).toBe(max * 15);
    expect(Number.isSafeInteger(estimate.totals.unconfirmed.max)).toBe(true);
  });
});

describe("savingsSchema", () => {
  const valid = {
    propertyValueRub: "500 000 000",
    landCadastralValueRub: "40000000",
    transportTaxAnnualRub: "0",
    annualProfitRub: "0",
    propertyTaxRatePercent: "2,2",
    landTaxRatePercent: "1.5",
  };
  const errors = (overrides: Record<string, unknown>) =>
    savingsSchema.safeParse({ ...valid, ...overrides }).error?.issues.map((i) => [i.path.join("."), i.message]);

  it("parses strings; the checkbox is off unless sent", () => {
    expect(savingsSchema.parse(valid)).toEqual(input({ landCadastralValueRub: 40_000_000, transportTaxAnnualRub: 0, annualProfitRub: 0 }));
    expect(savingsSchema.parse({ ...valid, compareProfitTax: "on" }).compareProfitTax).toBe(true);
    expect(savingsSchema.parse({ ...valid, compareProfitTax: true }).compareProfitTax).toBe(true);
  });

  it.each([
    ["propertyValueRub", "-5", "errors.propertyValue.negative"],
    ["propertyValueRub", "", "errors.propertyValue.required"],
    ["landCadastralValueRub", "lots", "errors.landCadastralValue.notANumber"],
    ["landCadastralValueRub", "1e12", "errors.landCadastralValue.notANumber"],
    ["transportTaxAnnualRub", "10000000000000", "errors.transportTax.tooLarge"],
    ["annualProfitRub", "1.5", "errors.annualProfit.notWhole"],
    ["propertyTaxRatePercent", "101", "errors.propertyTaxRate.outOfRange"],
    ["propertyTaxRatePercent", "-0.1", "errors.propertyTaxRate.outOfRange"],
    ["landTaxRatePercent", "0.1234", "errors.landTaxRate.tooPrecise"],
    ["landTaxRatePercent", undefined, "errors.landTaxRate.required"],
    ["compareProfitTax", "yes", "errors.compareProfitTax.invalid"],
  ])("%s %j → %s", (field, value, key) => {
    expect(errors({ [field]: value })).toEqual([[field, key]]);
  });

  it("validates FormData on the server", () => {
    const formData = new FormData();
    for (const [key, value] of Object.entries(valid)) formData.set(key, value);
    formData.set("compareProfitTax", "on");
    const result = parseSavingsFormData(formData);
    expect(result.success && estimateSavings(result.data).profit?.status).toBe("to_be_confirmed");
  });
});
