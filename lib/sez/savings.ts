/**
 * Tax savings estimate for a Lotus SEZ resident. Pure and browser-safe.
 *
 * Facts and their sources (project fact sheet lotus-sez-facts.md, "Resident benefits"):
 * - property tax 0 % for 10 years (residents registered after 1 Jan 2023), land tax
 *   0 % for 5 years from ownership, transport tax 0 % for 12 years: official Lotus
 *   press release of 12 Jan 2023;
 * - transport tax 0 % for 10 years: en.portnews.ru/comments/1979/ (2015) — it
 *   conflicts with the 2023 release, so both are computed and flagged "conflicting";
 * - profit tax 2 % for 10 years, then 10 % (the 2023 release); Russia's general rate
 *   is 25 % since 1 Jan 2025 (the fact sheet itself, which a 2023 release cannot
 *   be); how the Lotus rate applies since then is NOT confirmed, so the profit
 *   comparison is "to_be_confirmed" and only computed when the user opts in.
 * - the property tax holiday has a condition: residents registered after 1 Jan 2023.
 * Russia's standard property and land tax rates are regional and NOT in the sources:
 * the user supplies their own rates; nothing here defaults them.
 *
 * Arithmetic: whole roubles. Rates (≤ 3 decimals) become integer thousandths of a
 * percent, tax = base × rate computed in BigInt and rounded half up to a rouble once
 * per tax per year; totals are annual × years. Amounts are capped at 13 digits by
 * the schema, so every total stays far below Number.MAX_SAFE_INTEGER.
 * Simplification: the tax base is taken as constant over the holiday period.
 */
import type { SavingsInput } from "./savings-schema";

export const SAVINGS_SOURCES = {
  release2023: { url: "sezlotos.ru/en/press-center/property-tax-exemptions-changed-for-new-caspian-cluster-residents/", date: "2023-01-12" },
  portnews2015: { url: "en.portnews.ru/comments/1979/", date: "2015" },
  factSheet: { url: null, date: null },
} as const satisfies Record<string, { url: string | null; date: string | null }>;
export type SavingsSource = keyof typeof SAVINGS_SOURCES;

export const PROPERTY_TAX_HOLIDAY_YEARS = 10;
export const LAND_TAX_HOLIDAY_YEARS = 5;
/** Conflict between sources: 12 years (2023 release) vs 10 years (2015). */
export const TRANSPORT_TAX_HOLIDAY_YEARS = { release2023: 12, portnews2015: 10 } as const;
export const GENERAL_PROFIT_TAX_RATE_PERCENT = 25; // Russia, since 1 Jan 2025
export const LOTUS_PROFIT_TAX_RATE_PERCENT = 2; // to be confirmed since 2025
export const LOTUS_PROFIT_TAX_REDUCED_YEARS = 10;
export const LOTUS_PROFIT_TAX_LATER_RATE_PERCENT = 10; // after the 10 years; not used in the estimate

export type TaxKind = "property" | "land" | "transport" | "profit";
export type SavingStatus = "confirmed" | "conflicting" | "to_be_confirmed";
export type TaxSaving = {
  tax: TaxKind;
  yearsOfHoliday: number;
  annualSaving: number;
  totalSaving: number;
  status: SavingStatus;
  /** The source of the holiday's period (the row's key with `tax`). */
  source: SavingsSource;
  /** Every source the row's figures come from, `source` first. */
  sources: readonly SavingsSource[];
  /** The exemption applies only to residents registered after this date (ISO). */
  registeredAfter: string | null;
};
export type SavingsEstimate = {
  property: TaxSaving;
  land: TaxSaving;
  /** Both readings of the conflict, 12 years first. */
  transport: [TaxSaving, TaxSaving];
  /** null unless the user asked for the (unconfirmed) profit tax comparison. */
  profit: TaxSaving | null;
  totals: {
    /** Property + land. */
    confirmed: number;
    /** Transport (10- or 12-year reading) + profit when compared. */
    unconfirmed: { min: number; max: number };
  };
};

/** Tax on `baseRub` at `ratePercent` (≤ 3 decimals), whole roubles, half up. */
export function taxRub(baseRub: number, ratePercent: number): number {
  const milliPercent = BigInt(Math.round(ratePercent * 1000));
  const numerator = BigInt(baseRub) * milliPercent;
  const denominator = 100_000n;
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/** Property tax: 0 % for 10 years only for residents registered after 1 Jan 2023 (2023 release). */
export const PROPERTY_TAX_REGISTERED_AFTER = "2023-01-01";

function saving(
  tax: TaxKind,
  annualSaving: number,
  years: number,
  status: SavingStatus,
  source: SavingsSource,
  extra: { alsoFrom?: SavingsSource[]; registeredAfter?: string } = {},
): TaxSaving {
  return {
    tax,
    yearsOfHoliday: years,
    annualSaving,
    totalSaving: annualSaving * years,
    status,
    source,
    sources: [source, ...(extra.alsoFrom ?? [])],
    registeredAfter: extra.registeredAfter ?? null,
  };
}

export function estimateSavings(input: SavingsInput): SavingsEstimate {
  const property = saving("property", taxRub(input.propertyValueRub, input.propertyTaxRatePercent), PROPERTY_TAX_HOLIDAY_YEARS, "confirmed", "release2023", {
    registeredAfter: PROPERTY_TAX_REGISTERED_AFTER,
  });
  const land = saving("land", taxRub(input.landCadastralValueRub, input.landTaxRatePercent), LAND_TAX_HOLIDAY_YEARS, "confirmed", "release2023");
  const transport: [TaxSaving, TaxSaving] = [
    saving("transport", input.transportTaxAnnualRub, TRANSPORT_TAX_HOLIDAY_YEARS.release2023, "conflicting", "release2023"),
    saving("transport", input.transportTaxAnnualRub, TRANSPORT_TAX_HOLIDAY_YEARS.portnews2015, "conflicting", "portnews2015"),
  ];
  const profit = input.compareProfitTax
    ? saving(
        "profit",
        taxRub(input.annualProfitRub, GENERAL_PROFIT_TAX_RATE_PERCENT) - taxRub(input.annualProfitRub, LOTUS_PROFIT_TAX_RATE_PERCENT),
        LOTUS_PROFIT_TAX_REDUCED_YEARS,
        "to_be_confirmed",
        "release2023",
        { alsoFrom: ["factSheet"] },
      )
    : null;
  const transportTotals = transport.map((t) => t.totalSaving);
  const profitTotal = profit?.totalSaving ?? 0;
  return {
    property,
    land,
    transport,
    profit,
    totals: {
      confirmed: property.totalSaving + land.totalSaving,
      unconfirmed: { min: Math.min(...transportTotals) + profitTotal, max: Math.max(...transportTotals) + profitTotal },
    },
  };
}
