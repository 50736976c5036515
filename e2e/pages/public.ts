import type { Page } from "@playwright/test";

/** Every public page, without the locale prefix. */
export const PUBLIC_PAGES = ["", "/partners", "/partners/sphere/shipbuilding", "/partners/iran", "/sez", "/sez/eligibility", "/sez/savings", "/map"];

/** Partner slugs seeded from the region's document. */
export const PARTNER_SLUGS = [
  "iran", "kazakhstan", "turkmenistan", "china", "japan", "south-korea",
  "slovakia", "greece", "germany", "italy", "netherlands", "bahrain", "oman",
];

export async function fillEligibility(
  page: Page,
  values: { investment: string; share?: string; proof?: string; entity?: string; sector?: string },
) {
  await page.getByLabel("Committed investment, RUB excluding VAT", { exact: true }).fill(values.investment);
  await page.getByLabel("Share of capital investment, %", { exact: true }).fill(values.share ?? "60");
  await page.getByLabel("Documented proof of financing", { exact: true }).selectOption(values.proof ?? "own_funds");
  await page.getByLabel("Russian legal entity", { exact: true }).selectOption(values.entity ?? "exists");
  await page.getByLabel("Sector of the project", { exact: true }).selectOption(values.sector ?? "shipbuilding");
  await page.getByRole("button", { name: "Check eligibility" }).click();
}

export async function fillSavings(page: Page, compareProfit = false) {
  await page.getByLabel("Value of taxable property, RUB", { exact: true }).fill("500 000 000");
  await page.getByLabel("Cadastral value of the land, RUB", { exact: true }).fill("40000000");
  await page.getByLabel("Transport tax you would pay per year, RUB", { exact: true }).fill("250000");
  await page.getByLabel("Expected taxable profit per year, RUB", { exact: true }).fill("100000000");
  await page.getByLabel("Standard property tax rate, %", { exact: true }).fill("2.2");
  await page.getByLabel("Standard land tax rate, %", { exact: true }).fill("1.5");
  if (compareProfit) await page.getByLabel(/Also compare the profit tax/).check();
  await page.getByRole("button", { name: "Estimate savings" }).click();
}
