import { expect, type Page } from "@playwright/test";

/** Fills and saves the data steps of the residency form (English labels). */
export const applicationForm = {
  async company(page: Page, overrides: Partial<Record<"legalName" | "website", string>> = {}) {
    await page.getByLabel("Legal name of the company", { exact: true }).fill(overrides.legalName ?? "Nordsee Werft Komponenten GmbH");
    await page.getByLabel("Country of registration", { exact: true }).selectOption("DE");
    await page.getByLabel("Registration number at home", { exact: true }).fill("HRB 123456");
    await page.getByLabel("Website (optional)", { exact: true }).fill(overrides.website ?? "https://nordsee-werft.example");
    await page.getByLabel("Sector", { exact: true }).selectOption("shipbuilding");
    await page.getByLabel("Company size", { exact: true }).selectOption("medium");
    await page.getByLabel("Russian legal entity", { exact: true }).selectOption("will_register_in_municipality");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/edit\/project$/);
  },
  async project(page: Page) {
    await page.getByLabel("Project title", { exact: true }).fill("Marine propulsion components plant");
    await page.getByLabel("Description", { exact: true }).fill("Machining and assembly of propeller shafts and rudder systems for Caspian river-sea vessels.");
    await page.getByLabel("Products", { exact: true }).fill("Propeller shafts, rudder stocks");
    await page.getByLabel("Land (ha)", { exact: true }).fill("4,5");
    await page.getByLabel("Power (kW)", { exact: true }).fill("1200");
    await page.getByLabel("Jobs created", { exact: true }).fill("150");
    await page.getByLabel("Construction starts: year", { exact: true }).selectOption("2027");
    await page.getByLabel("Construction starts: quarter", { exact: true }).selectOption("2");
    await page.getByLabel("Production starts: year", { exact: true }).selectOption("2028");
    await page.getByLabel("Production starts: quarter", { exact: true }).selectOption("3");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/edit\/investment$/);
  },
  async investment(page: Page, total = "2 300 000 000") {
    await page.getByLabel("Total investment (RUB, excluding VAT)", { exact: true }).fill(total);
    await page.getByLabel("Share of capital investment (%)", { exact: true }).fill("80");
    await page.getByLabel("Source of financing", { exact: true }).selectOption("own_funds");
    await page.getByLabel("Proof of financing", { exact: true }).selectOption("bank_letter");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/edit\/contact$/);
  },
  async contact(page: Page) {
    await page.getByLabel("Position", { exact: true }).fill("Managing Director");
    await page.getByLabel("Phone", { exact: true }).fill("+49 40 1234567");
    await page.getByLabel(/processing of the personal data/).check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/edit\/documents$/);
  },
};

/** A minimal valid PDF. */
export function pdfBytes(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
