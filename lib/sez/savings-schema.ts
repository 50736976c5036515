import { z } from "zod";
import { checkboxField, formDataObject, percentField, wholeRoublesField } from "./fields";

/** Savings amounts are capped at 13 digits (< 10 trillion RUB) so totals stay exact numbers. */
export const MAX_SAVINGS_AMOUNT_DIGITS = 13;
/** Users type their own regional rates, e.g. 2.2 or 0.375; three decimals are enough. */
export const RATE_MAX_DECIMALS = 3;

/**
 * The ONE schema for the savings calculator (browser via react-hook-form, server on
 * FormData). Zero is allowed everywhere. Messages are translation keys:
 *
 * - propertyValueRub       → errors.propertyValue.{required,notANumber,negative,notWhole,tooLarge}
 * - landCadastralValueRub  → errors.landCadastralValue.{…same}
 * - transportTaxAnnualRub  → errors.transportTax.{…same} — the transport tax in RUB the
 *   company would otherwise pay per year (the user computes it from horsepower and the
 *   regional rate; we hold no rates)
 * - annualProfitRub        → errors.annualProfit.{…same}
 * - propertyTaxRatePercent → errors.propertyTaxRate.{required,notANumber,outOfRange,tooPrecise}
 * - landTaxRatePercent     → errors.landTaxRate.{…same} — the user's OWN standard rates:
 *   the sources do not give Russia's regional rates and the form must say so
 * - compareProfitTax       → errors.compareProfitTax.invalid — opt-in to the 25 % vs 2 %
 *   comparison, whose Lotus side is "to be confirmed"
 */
export const savingsSchema = z.object({
  propertyValueRub: wholeRoublesField("propertyValue", MAX_SAVINGS_AMOUNT_DIGITS),
  landCadastralValueRub: wholeRoublesField("landCadastralValue", MAX_SAVINGS_AMOUNT_DIGITS),
  transportTaxAnnualRub: wholeRoublesField("transportTax", MAX_SAVINGS_AMOUNT_DIGITS),
  annualProfitRub: wholeRoublesField("annualProfit", MAX_SAVINGS_AMOUNT_DIGITS),
  propertyTaxRatePercent: percentField("propertyTaxRate", RATE_MAX_DECIMALS),
  landTaxRatePercent: percentField("landTaxRate", RATE_MAX_DECIMALS),
  compareProfitTax: checkboxField("compareProfitTax"),
});

export type SavingsFormValues = z.input<typeof savingsSchema>;
export type SavingsInput = z.output<typeof savingsSchema>;

/** Server side: validate a submitted form (an unchecked checkbox is simply absent). */
export function parseSavingsFormData(formData: FormData) {
  return savingsSchema.safeParse(formDataObject(formData, Object.keys(savingsSchema.shape)));
}
