import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { latestEmail, linkIn, signIn } from "./pages/accounts";
import { createUser } from "./pages/staff";
import { applicationForm } from "./pages/application";

type Catalog = typeof import("../messages/en.json");
const catalog = (locale: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", `${locale}.json`), "utf8")) as Catalog;
const fa = catalog("fa");

const LOCALES = ["en", "ru", "de", "nl", "ko", "zh", "fa"] as const;

/** Every public page, without the locale prefix. */
const PAGES = ["", "/partners", "/partners/iran", "/sez", "/sez/eligibility", "/sez/savings", "/map", "/privacy", "/open-data", "/sign-in", "/register"];

/** The font families that the page's stylesheets declare with @font-face. */
async function declaredFamilies(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set([...document.fonts].map((face) => face.family.replace(/["']/g, "")))]);
}

async function box(locator: ReturnType<Page["locator"]>) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`not rendered: ${locator}`);
  return found;
}

test.describe("seven languages", () => {
  for (const locale of LOCALES) {
    test(`every public page in ${locale}: axe, one h1, lang and dir`, async ({ page, visit }) => {
      test.setTimeout(240_000);
      for (const pathname of PAGES) {
        await visit(`/${locale}${pathname}`);
        await expect(page.getByRole("heading", { level: 1 }), pathname).toHaveCount(1);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
        // A missing message renders as its key path ("Namespace.key").
        await expect(page.locator("body"), `${locale}${pathname}`).not.toContainText(/\b(?:Shell|Partner|Partners|Sez|Region|Auth|Map|Privacy|OpenData|Eligibility|Savings)\.[a-z]\w*/);
      }
    });
  }

  test("the language switcher offers all seven languages, each in its own language", async ({ page, visit }) => {
    await visit("/en/partners");
    await page.getByTestId("language-menu").locator("summary").click();
    const switcher = page.getByRole("navigation", { name: "Language" });
    for (const [locale, label] of [["de", "Deutsch"], ["nl", "Nederlands"], ["ko", "한국어"], ["zh", "中文"], ["fa", "فارسی"], ["ru", "Русский"]] as const) {
      await expect(switcher.getByRole("link", { name: label })).toHaveAttribute("href", `/${locale}/partners`);
      await expect(switcher.getByRole("link", { name: label })).toHaveAttribute("lang", locale);
    }
    await switcher.getByRole("link", { name: "فارسی" }).click();
    await expect(page).toHaveURL(/\/fa\/partners$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
});

test.describe("fonts per script", () => {
  test("Korean, Chinese and Persian fonts are declared only on their own pages", async ({ page }) => {
    const noto = ["Noto Sans KR", "Noto Sans SC", "Vazirmatn Variable"];
    for (const locale of ["en", "de", "ru", "nl"]) {
      await page.goto(`/${locale}/partners`);
      const families = await declaredFamilies(page);
      expect(families, `fonts declared on /${locale}`).toContain("Inter Variable");
      expect(families.filter((family) => noto.includes(family)), `script fonts on /${locale}`).toEqual([]);
    }
    for (const [locale, family] of [["ko", "Noto Sans KR"], ["zh", "Noto Sans SC"], ["fa", "Vazirmatn Variable"]] as const) {
      await page.goto(`/${locale}/partners`);
      const families = await declaredFamilies(page);
      expect(families.filter((name) => noto.includes(name)), `script fonts on /${locale}`).toEqual([family]);
      // The body's stack starts with Inter (Latin, Cyrillic) and continues with the script's font, which is used.
      const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(stack.indexOf("Inter Variable")).toBeLessThan(stack.indexOf(family));
      await page.evaluate(() => document.fonts.ready);
      await expect
        .poll(() => page.evaluate((name) => [...document.fonts].some((face) => face.family.replace(/["']/g, "") === name && face.status === "loaded"), family))
        .toBe(true);
    }
  });
});

test.describe("right to left (fa)", () => {
  test("partner page: the breadcrumb and the region table read right to left; dates and numbers in Persian digits", async ({ page, visit }) => {
    await visit("/fa/partners/iran");
    const crumbs = page.getByRole("navigation", { name: fa.Partner.breadcrumb });
    const parent = await box(crumbs.getByRole("link", { name: fa.Partner.partners }));
    const current = await box(crumbs.locator('[aria-current="page"]'));
    expect(parent.x, "the first crumb is at the right").toBeGreaterThan(current.x + current.width - 1);

    const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: fa.Partner.regions.since }) });
    const headers = table.getByRole("columnheader");
    expect((await box(headers.nth(0))).x).toBeGreaterThan((await box(headers.nth(1))).x);
    await expect(table).toContainText("۱۹۹۳");
    // Dates quote sources: Gregorian months in Persian digits, not the Solar Hijri calendar.
    await expect(page.getByRole("main")).toContainText("اکتبر ۲۰۱۷");
  });

  test("the map is not mirrored", async ({ page }) => {
    const markerAt = async (locale: string) => {
      await page.goto(`/${locale}/map`);
      const svg = await box(page.locator("svg[role=group]"));
      const marker = await box(page.locator("svg[role=group] circle.fill-lotus-600"));
      const label = await box(page.locator("svg[role=group] g[role=img] text"));
      return { x: (marker.x - svg.x) / svg.width, labelRightOfMarker: label.x >= marker.x };
    };
    const en = await markerAt("en");
    const persian = await markerAt("fa");
    expect(persian.x).toBeCloseTo(en.x, 3);
    expect(en.labelRightOfMarker).toBe(true);
    expect(persian.labelRightOfMarker).toBe(true);
  });

  test("application form: steps run right to left, the submit button is at the left of Back, Persian digits are accepted", async ({ page, sql }) => {
    test.setTimeout(180_000);
    // Registration itself is covered in accounts.spec.ts; a verified investor is made directly here.
    const { email } = await createUser(sql, "investor", "Farhad Karimi");
    await signIn(page, email);
    await expect(page).toHaveURL(/\/en\/account$/);
    await page.goto("/en/apply");
    await page.getByRole("button", { name: "Start the application" }).click();
    await expect(page).toHaveURL(/\/edit\/company$/);
    await applicationForm.company(page);

    await page.goto(new URL(page.url()).pathname.replace(/^\/en\//, "/fa/"));
    await expect(page).toHaveURL(/\/fa\/applications\/[0-9a-f-]{36}\/edit\/project$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    const submit = await box(page.getByRole("button", { name: fa.Apply.saveAndContinue }));
    const back = await box(page.getByRole("link", { name: fa.Apply.back, exact: true }));
    expect(submit.x + submit.width, "the submit button ends before Back begins").toBeLessThanOrEqual(back.x);

    const steps = page.getByRole("navigation", { name: fa.Apply.progress }).getByRole("listitem");
    expect((await box(steps.nth(0))).x, "step 1 is at the right of step 2").toBeGreaterThan((await box(steps.nth(1))).x);

    // Persian digits and the Arabic decimal separator, as a Persian keyboard types them.
    const p = fa.Apply.project;
    await page.getByLabel(p.title, { exact: true }).fill("کارخانه قطعات پیشرانه دریایی");
    await page.getByLabel(p.description, { exact: true }).fill("ماشین‌کاری و مونتاژ محور پروانه و سامانه سکان برای کشتی‌های رودخانه‌ای-دریایی خزر، با فروش در منطقه.");
    await page.getByLabel(p.products, { exact: true }).fill("محور پروانه، میله سکان");
    await page.getByLabel(p.landHa, { exact: true }).fill("۴٫۵");
    await page.getByLabel(p.powerKw, { exact: true }).fill("۱۲۰۰");
    await page.getByLabel(p.jobs, { exact: true }).fill("۱۵۰");
    await page.getByLabel(p.constructionYear, { exact: true }).selectOption("2027");
    await page.getByLabel(p.constructionQuarter, { exact: true }).selectOption("2");
    await page.getByLabel(p.productionYear, { exact: true }).selectOption("2028");
    await page.getByLabel(p.productionQuarter, { exact: true }).selectOption("3");
    await page.getByRole("button", { name: fa.Apply.saveAndContinue }).click();
    await expect(page).toHaveURL(/\/fa\/applications\/.+\/edit\/investment$/);

    await page.getByLabel(fa.Apply.investment.totalRub, { exact: true }).fill("۲٬۳۰۰٬۰۰۰٬۰۰۰");
    await page.getByLabel(fa.Apply.investment.capitalSharePercent, { exact: true }).fill("۸۰");
    await page.getByLabel(fa.Apply.investment.financingSource, { exact: true }).selectOption("own_funds");
    await page.getByLabel(fa.Apply.investment.financingProof, { exact: true }).selectOption("bank_letter");
    await page.getByRole("button", { name: fa.Apply.saveAndContinue }).click();
    await expect(page).toHaveURL(/\/fa\/applications\/.+\/edit\/contact$/);

    // The review shows the amount unambiguously: Intl's Persian digits and separators, with the currency code.
    await page.goto(new URL(page.url()).pathname.replace(/\/edit\/contact$/, "/edit/review"));
    await expect(page.getByRole("main")).toContainText(/RUB\s۲٬۳۰۰٬۰۰۰٬۰۰۰/);
  });
});

test.describe("preferred language", () => {
  for (const locale of ["fa", "ko"] as const) {
    test(`${locale}: chosen on the account page, it is the language after sign-in and of the e-mails`, async ({ page, sql }) => {
      test.setTimeout(120_000);
      const messages = catalog(locale);
      const { email } = await createUser(sql, "investor", `Preferred ${locale}`);
      await signIn(page, email);
      await expect(page).toHaveURL(/\/en\/account$/);

      await page.getByLabel("Preferred language", { exact: true }).selectOption(locale);
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

      // Signing in again (from the English page, without `next`) lands in the preferred language.
      await page.context().clearCookies();
      await signIn(page, email);
      await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.Account.title);

      // A password reset asked for on the English page is written in the preferred language.
      await page.context().clearCookies();
      await page.goto("/en/forgot-password");
      await page.getByLabel("E-mail", { exact: true }).fill(email);
      await page.getByRole("button", { name: "Send the link" }).click();
      await expect(page.getByText("If an account exists for this address")).toBeVisible();
      const mail = await latestEmail(sql, email, "resetPassword");
      expect(mail.locale).toBe(locale);
      expect(mail.subject).toBe(messages.Emails.resetPassword.subject);
      expect(linkIn(mail.body)).toMatch(new RegExp(`^/${locale}/reset-password\\?`));
    });
  }

  test("an explicit `next` still wins over the preferred language", async ({ page, sql }) => {
    const { email } = await createUser(sql, "investor", "Next Wins");
    await signIn(page, email);
    await page.getByLabel("Preferred language", { exact: true }).selectOption("fa");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await page.context().clearCookies();
    await page.goto("/en/sign-in?next=%2Fen%2Fapplications");
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill("caspian sturgeon lotus harbour");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/applications$/);
  });
});
