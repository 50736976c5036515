import { expect, test, type Page } from "@playwright/test";
import { PARTNER_SLUGS, PUBLIC_PAGES } from "./pages/public";

// Issue 14: every figure on a public page names its source. A figure is any
// number in the page's text (a stricter net than "a number with a unit, a
// percentage or a year"); it passes only inside a `data-sourced` element that
// holds a citation (`data-cite`), or when it is on the short allow-list below.
// Plain Playwright test, not the axe fixture: this walks ~150 pages.

const LOCALES = ["en", "ru", "de", "nl", "ko", "zh", "fa"] as const;
const PAGES = [...new Set([...PUBLIC_PAGES, ...PARTNER_SLUGS.map((slug) => `/partners/${slug}`), "/privacy"])];

/**
 * Reviewed numbers that are navigation or UI, not claims: `data-ui-number`
 * values with the text each may hold, and form hints that state an input's bounds.
 */
const UI_NUMBERS: Record<string, { text: RegExp; why: string }> = {
  step: { text: /^\d+$/, why: "the position of a step in the SEZ's path to residency" },
  copyright: { text: /©\s*\d{4}/, why: "the footer's copyright year" },
  count: { text: /\d+/, why: "how many partner countries the list shows" },
};
const HINT_BOUNDS = [0, 100];

type Problem = { text: string; where: string };

/** Runs in the page: every text node with a digit that is neither sourced nor allowed. */
async function unsourcedFigures(page: Page): Promise<Problem[]> {
  return page.evaluate(
    ({ ui, bounds }) => {
      const ascii = (s: string) =>
        s.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/[٠-٩]/g, (d) => String("٠١٢٣٤٥٦٧٨٩".indexOf(d)));
      const NUMBER = /(?<![A-Za-z\d])\d+/g;
      const where = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : ""));
        }
        return parts.join(" > ");
      };
      const problems: { text: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest("script, style, noscript, template")) continue;
        const text = ascii(node.textContent ?? "");
        const numbers = [...text.matchAll(NUMBER)].map((m) => Number(m[0]));
        if (numbers.length === 0) continue;
        const sourced = el.closest("[data-sourced]");
        if (sourced && (sourced.matches("[data-cite]") || sourced.querySelector("[data-cite]"))) continue;
        const marked = el.closest("[data-ui-number]");
        const rule = marked ? ui[marked.getAttribute("data-ui-number") ?? ""] : undefined;
        if (rule && new RegExp(rule).test(ascii(marked?.textContent ?? ""))) continue;
        if (el.closest('[id$="-hint"]') && numbers.every((n) => bounds.includes(n))) continue;
        problems.push({ text: text.trim().slice(0, 160), where: where(el) });
      }
      return problems;
    },
    { ui: Object.fromEntries(Object.entries(UI_NUMBERS).map(([k, v]) => [k, v.text.source])), bounds: HINT_BOUNDS },
  );
}

async function check(page: Page, path: string): Promise<string[]> {
  return (await unsourcedFigures(page)).map((p) => `${path}: "${p.text}" in ${p.where}`);
}

test.describe("every figure on the public pages names its source", () => {
  test.describe.configure({ timeout: 300_000 });

  for (const locale of LOCALES) {
    test(`${locale}: pages, and the results of both SEZ tools`, async ({ page }) => {
      const problems: string[] = [];
      for (const path of PAGES) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        problems.push(...(await check(page, `/${locale}${path}`)));
      }

      await page.goto(`/${locale}/sez/eligibility`);
      await page.locator("#investmentRub").fill("150000000");
      await page.locator("#capitalSharePercent").fill("60");
      await page.locator("#financingProof").selectOption("own_funds");
      await page.locator("#legalEntity").selectOption("will_register_in_municipality");
      await page.locator("#sector").selectOption("logistics");
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator("#result-title")).toBeVisible();
      problems.push(...(await check(page, `/${locale}/sez/eligibility (result)`)));

      await page.goto(`/${locale}/sez/savings`);
      for (const [id, value] of Object.entries({
        propertyValueRub: "500000000",
        landCadastralValueRub: "40000000",
        transportTaxAnnualRub: "250000",
        annualProfitRub: "100000000",
        propertyTaxRatePercent: "1",
        landTaxRatePercent: "1",
      })) {
        await page.locator(`#${id}`).fill(value);
      }
      await page.locator("#compareProfitTax").check();
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator("#estimate-title")).toBeVisible();
      problems.push(...(await check(page, `/${locale}/sez/savings (result)`)));

      expect(problems).toEqual([]);
    });
  }

  test("the check is not blind: an unsourced figure is reported, a sourced one is not", async ({ page }) => {
    await page.goto("/en/sez");
    await page.evaluate(() => {
      const main = document.querySelector("main") ?? document.body;
      const loose = document.createElement("p");
      loose.textContent = "Property tax: 2.2% (no source)";
      const sourced = document.createElement("div");
      sourced.setAttribute("data-sourced", "");
      sourced.innerHTML = "<p>Land tax: 0% for 5 years</p><p data-cite>Source: SEZ Lotus press release</p>";
      const fake = document.createElement("div");
      fake.setAttribute("data-sourced", "");
      fake.textContent = "Transport tax: 12 years (a block with no citation inside)";
      main.append(loose, sourced, fake);
    });
    const texts = (await unsourcedFigures(page)).map((p) => p.text);
    expect(texts).toEqual(["Property tax: 2.2% (no source)", "Transport tax: 12 years (a block with no citation inside)"]);
  });
});
