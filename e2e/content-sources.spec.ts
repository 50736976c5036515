import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { fillSavings } from "./pages/public";

// Issue 14's corrections as a reader sees them, with screenshots of the changed
// pages (en, ru, fa, zh; phone and desktop) attached to the e2e report.

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const [label, size] of [["390", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]] as const) {
    await page.setViewportSize(size);
    const file = testInfo.outputPath(`${name}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${name}-${label}.png`, { path: file, contentType: "image/png" });
  }
}

test.describe("content names its sources (issue 14)", () => {
  test("home: the hero's figures are cited and worded as the source words them", async ({ page, visit }) => {
    await visit("/en");
    const hero = page.locator("dl").first();
    await expect(hero).toContainText("One of the main trade partners");
    await expect(hero).not.toContainText("Main trade partner");
    await expect(hero.locator("[data-sourced]")).toHaveCount(4);
    await expect(hero).toContainText("undated; the latest event it mentions is from October 2017");
    await expect(hero.getByRole("link", { name: /sezlotos\.ru/ }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Key figures" })).toContainText("The document is undated");
    await visit("/en/partners");
    await expect(page.locator("main")).not.toContainText("oldest and closest ties");
    await expect(page.locator("main")).toContainText("grouped here by this portal");
  });

  test("SEZ page: each figure carries its own source's date", async ({ page, visit }) => {
    await visit("/en/sez");
    const location = page.locator('[data-figure="location"]');
    // 11 March 2021 belongs to the minpromtorg page, not to sezlotos.ru.
    await expect(location).toContainText(/gbr\.minpromtorg\.gov\.ru, (11 March|March 11,) 2021/);
    await expect(location.locator("[data-cite]").first()).not.toContainText("2021");
    await expect(page.locator('[data-figure="example-marine-components"] [data-cite]')).not.toContainText("January 2026");
    await expect(page.locator('[data-figure="residents-2024"] [data-cite]')).not.toContainText("2024");
  });

  test("savings: no suggested rates, the property-tax condition beside the figure", async ({ page, visit }) => {
    await visit("/en/sez/savings");
    await expect(page.locator("main")).not.toContainText("for example 2.2");
    await expect(page.locator("main")).not.toContainText("set regionally");
    await expect(page.locator("main")).not.toContainText("engine power");
    await fillSavings(page);
    const property = page.getByRole("region", { name: "Your estimate" }).getByRole("row", { name: /^Property tax/ });
    await expect(property).toContainText(/Only for residents registered after (1 January|January 1,) 2023/);
  });

  test("eligibility: the declared focus is cited to the fact sheet; the capital share has no threshold in the sources", async ({ page, visit }) => {
    await visit("/en/sez/eligibility");
    await expect(page.getByText("the sources name no threshold for it")).toBeVisible();
    await page.locator("#investmentRub").fill("150000000");
    await page.locator("#capitalSharePercent").fill("60");
    await page.locator("#financingProof").selectOption("own_funds");
    await page.locator("#legalEntity").selectOption("exists");
    await page.locator("#sector").selectOption("logistics");
    await page.getByRole("button", { name: "Check eligibility" }).click();
    await expect(page.locator("[data-cite]").last()).toContainText("Lotus SEZ fact sheet (it names no original source for the declared focus)");
  });

  test("partners: Germany's priority, Iran's forums, the Caspian grouping as the portal's", async ({ page, visit }) => {
    await visit("/en/partners/germany");
    await expect(page.locator("main")).toContainText("the region prioritises stepping up cooperation with German partners");
    await visit("/en/partners/iran");
    await expect(page.locator("main")).toContainText("Russian-Iranian representative forums");
    await visit("/en/partners/kazakhstan");
    await expect(page.locator("main")).toContainText("this portal lists Kazakhstan among them");
  });

  test("fa: the zone is named in Persian, and one word for each tax", async ({ page, visit }) => {
    await visit("/fa/sez/savings");
    await expect(page.locator("main")).not.toContainText("SEZ Lotus");
    await visit("/fa/sez");
    await expect(page.locator("main")).not.toContainText("مالیات بر دارایی");
  });

  for (const locale of ["en", "ru", "fa", "zh"]) {
    test(`screenshots of the changed pages in ${locale}`, async ({ page, visit }, testInfo) => {
      test.setTimeout(240_000);
      for (const [name, path] of [["home", ""], ["sez", "/sez"], ["iran", "/partners/iran"], ["partners", "/partners"]] as const) {
        await visit(`/${locale}${path}`);
        await shoot(page, testInfo, `${locale}-${name}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await visit(`/${locale}/sez/savings`);
      for (const [id, value] of Object.entries({ propertyValueRub: "500000000", landCadastralValueRub: "40000000", transportTaxAnnualRub: "250000", annualProfitRub: "100000000", propertyTaxRatePercent: "1", landTaxRatePercent: "1" })) {
        await page.locator(`#${id}`).fill(value);
      }
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator("#estimate-title")).toBeVisible();
      await shoot(page, testInfo, `${locale}-savings-result`);
    });
  }
});
