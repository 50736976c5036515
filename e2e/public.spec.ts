import { expect, test } from "./fixtures";
import { fillEligibility, fillSavings, PARTNER_SLUGS, PUBLIC_PAGES } from "./pages/public";

test.describe("public pages", () => {
  for (const locale of ["en", "ru"]) {
    test(`every public page in ${locale} passes axe and has one h1`, async ({ page, visit }) => {
      for (const path of PUBLIC_PAGES) {
        await visit(`/${locale}${path}`);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
    });
  }

  test("region page: representations, key figures, highlights, calls to action", async ({ page, visit }) => {
    await visit("/en");
    const representations = page.getByRole("region", { name: "Representations in Astrakhan" });
    await expect(representations.getByRole("listitem")).toHaveCount(5);
    await expect(representations).toContainText("Consulate General of the Islamic Republic of Iran");
    await expect(representations).toContainText("Honorary Consulate of the Slovak Republic");
    const figures = page.getByRole("region", { name: "Key figures" });
    await expect(figures).toContainText("About 175");
    await expect(figures).toContainText("More than 20");
    await expect(page.getByRole("region", { name: "Highlights" })).toContainText("October 2017");
    for (const name of ["Partners abroad", "The Lotus SEZ", "Check your eligibility", "Register and apply"]) {
      await expect(page.getByRole("region", { name: "Where to go next" }).getByRole("link", { name })).toBeVisible();
    }
  });

  test("the partners index lists every partner under its group", async ({ page, visit }) => {
    await visit("/en/partners");
    for (const group of ["Caspian states", "Asia", "Europe", "Gulf countries"]) {
      await expect(page.getByRole("heading", { level: 2, name: group })).toBeVisible();
    }
    const links = page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link");
    await expect(links).toHaveCount(PARTNER_SLUGS.length);
  });

  // One test per partner: each page load is followed by an axe run, and thirteen
  // profiles in one test outgrew a single test's time budget on a slow machine.
  for (const slug of PARTNER_SLUGS) {
    test(`the ${slug} profile is reached from the index and offers both calls to action`, async ({ page, visit }) => {
      await visit("/en/partners");
      await page.locator(`main h3 a[href="/en/partners/${slug}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/en/partners/${slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: "Apply for residency" })).toHaveAttribute("href", /\/en\/apply\?country=[A-Z]{2}$/);
      await expect(page.getByRole("link", { name: "Create an investor account" }).first()).toHaveAttribute("href", /\/en\/register\?country=[A-Z]{2}$/);
    });
  }

  test("Iran: nine provinces with years, the Trade House in October 2017", async ({ page, visit }) => {
    await visit("/en/partners/iran");
    const table = page.getByRole("table", { name: /Regions of Iran/ });
    const expected: Array<[string, string]> = [
      ["Gilan", "1993"], ["Mazandaran", "1993"], ["Golestan", "2000"], ["Hormozgan", "2004"], ["Khorasan", "2005"],
      ["Isfahan", "2005"], ["Ardabil", "2009"], ["East Azerbaijan", "2009"], ["Khuzestan", "2010"],
    ];
    await expect(table.getByRole("row")).toHaveCount(expected.length + 1);
    for (const [province, year] of expected) {
      await expect(table.getByRole("row", { name: new RegExp(`^${province}`) })).toContainText(year);
    }
    const trade = page.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Trade House" });
    await expect(trade).toContainText("October 2017");
    await expect(page.getByRole("link", { name: "Apply for residency" })).toHaveAttribute("href", "/en/apply?country=IR");
  });

  test("Slovakia, China, Italy and Germany profiles", async ({ page, visit }) => {
    await visit("/en/partners/slovakia");
    const timeline = page.getByRole("region", { name: "Timeline" }).getByRole("listitem");
    await expect(timeline.filter({ hasText: "2009" })).toContainText("Honorary Consul");
    await expect(timeline.filter({ hasText: "2012" })).toContainText("Protocol on economic cooperation");

    await visit("/en/partners/china");
    await expect(page.getByRole("row", { name: /^Henan/ })).toContainText("2008");

    await visit("/en/partners/italy");
    const italy = page.getByRole("region", { name: "Organisations and companies" });
    for (const name of ["Rosetti Marino", "Agip", "Krasnye Barrikady", "MTS Sandei", "Rossi Catelli", "Gaspardo"]) {
      await expect(italy, name).toContainText(name);
    }

    await visit("/en/partners/germany");
    const germany = page.getByRole("region", { name: "Organisations and companies" });
    await expect(germany).toContainText("Karl Osse German Charity Society");
    await expect(germany).toContainText("Russian Centre for Science and Culture in Berlin");
    await expect(germany).toContainText("German Association of Shipbuilding and Marine Equipment");
  });

  test("an unknown partner is a 404", async ({ page }) => {
    expect((await page.goto("/en/partners/atlantis"))?.status()).toBe(404);
    expect((await page.goto("/ru/partners/atlantis"))?.status()).toBe(404);
    expect((await page.goto("/en/partners/sphere/mining"))?.status()).toBe(404);
  });

  test("the sphere filter is plain links and narrows the list", async ({ page, visit }) => {
    await visit("/en/partners");
    const filter = page.getByRole("navigation", { name: "Filter by sphere of cooperation" });
    await expect(filter.getByRole("link", { name: "All spheres" })).toHaveAttribute("aria-current", "page");
    const cards = page.getByRole("main").getByRole("heading", { level: 3 });
    const all = await cards.count();
    await filter.getByRole("link", { name: "Shipbuilding" }).click();
    await expect(page).toHaveURL(/\/en\/partners\/sphere\/shipbuilding$/);
    await expect(filter.getByRole("link", { name: "Shipbuilding" })).toHaveAttribute("aria-current", "page");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeLessThan(all);
    for (const name of ["Italy", "Germany", "Netherlands"]) await expect(cards.filter({ hasText: name })).toHaveCount(1);
    await expect(cards.filter({ hasText: "Japan" })).toHaveCount(0);
  });

  test("keyboard: Tab reaches the sphere filter links", async ({ page }) => {
    await page.goto("/en/partners");
    const target = page.getByRole("navigation", { name: "Filter by sphere of cooperation" }).getByRole("link", { name: "All spheres" });
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(target).toBeFocused();
  });
});

test.describe("Lotus SEZ", () => {
  test("incentives carry sources; area and transport tax conflicting, profit tax to be confirmed", async ({ page, visit }) => {
    await visit("/en/sez");
    const table = page.getByRole("table", { name: /Incentives for Lotus SEZ residents/ });
    await expect(table.getByRole("row", { name: /^Transport tax/ })).toContainText("Conflicting");
    await expect(table.getByRole("row", { name: /^Profit tax/ })).toContainText("To be confirmed");
    await expect(table.getByRole("row", { name: /^Property tax/ })).toContainText("Confirmed");
    await expect(table.getByRole("row", { name: /^Property tax/ }).getByRole("link")).toHaveAttribute("href", /sezlotos\.ru/);
    await expect(page.locator('[data-figure="area"]')).toContainText("Conflicting");
    await expect(page.getByRole("region", { name: "From first contact to resident certificate" }).getByRole("listitem")).toHaveCount(6);
  });

  test("eligibility: eligible, not yet, and a field error that keeps the input", async ({ page, visit }) => {
    await visit("/en/sez/eligibility");
    await fillEligibility(page, { investment: "120000000" });
    await expect(page.getByRole("heading", { name: /^Eligible/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "sezlotos.ru", exact: false }).first()).toBeVisible();

    await fillEligibility(page, { investment: "119999999" });
    await expect(page.getByRole("heading", { name: "Not yet eligible" })).toBeVisible();
    await expect(page.getByText("The committed investment is below the minimum")).toBeVisible();

    await fillEligibility(page, { investment: "abc" });
    const input = page.getByLabel("Committed investment, RUB excluding VAT", { exact: true });
    await expect(input).toHaveValue("abc");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the amount in digits")).toBeVisible();
  });

  test("keyboard: Tab reaches the eligibility submit button", async ({ page }) => {
    await page.goto("/en/sez/eligibility");
    const submit = page.getByRole("button", { name: "Check eligibility" });
    for (let i = 0; i < 40 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(submit).toBeFocused();
  });

  test("savings estimate computes per tax and shows the estimate note", async ({ page, visit }) => {
    await visit("/en/sez/savings");
    await fillSavings(page, true);
    const result = page.getByRole("region", { name: "Your estimate" });
    await expect(result).toContainText("This is an estimate, not tax advice");
    await expect(result.getByRole("row", { name: /^Property tax/ })).toContainText("110,000,000");
    await expect(result.getByRole("row", { name: /^Transport tax/ })).toHaveCount(2);
    await expect(result.getByRole("row", { name: /^Profit tax/ })).toContainText("To be confirmed");
    await expect(result).toContainText("113,000,000");
  });

  test("the map links to partner profiles and marks Astrakhan", async ({ page, visit }) => {
    await visit("/en/map");
    const map = page.getByRole("group", { name: "Map of Astrakhan region's partner countries" });
    await expect(map.getByRole("img", { name: "Astrakhan" })).toBeAttached();
    await map.getByRole("link", { name: "Iran" }).click();
    await expect(page).toHaveURL(/\/en\/partners\/iran$/);
    await visit("/en/map");
    await page.getByRole("heading", { name: "Partner countries" }).locator("..").getByRole("link", { name: "Slovakia" }).click();
    await expect(page).toHaveURL(/\/en\/partners\/slovakia$/);
  });
});
