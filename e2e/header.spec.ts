import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { createUser, signInAs } from "./pages/staff";

// Issue 13, items 1-3: the header knows who is signed in on every page while
// public pages stay cached; the language menu is compact and keeps the page.

const header = (page: Page) => page.getByTestId("site-header");
const accountMenu = (page: Page) => header(page).getByTestId("account-menu");

/** Opens the account menu by keyboard (focus the summary, Enter). */
async function openAccountMenu(page: Page) {
  await accountMenu(page).locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(accountMenu(page)).toHaveAttribute("open", "");
}

/** Layout shifts since the page started loading (PerformanceObserver, buffered), after the header settled. */
async function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const values: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) values.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: "layout-shift", buffered: true });
        // Two frames after the observer started: the buffered entries have been delivered.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(values)));
      }),
  );
}

test.describe("the header knows who is signed in", () => {
  test("investor: account on a cached public page and on the application form; sign out by keyboard", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Anna Headerfeld");
    await signInAs(page, investor.email);

    // A cached public page: the HTML is everyone's (it never carries the name), the island asks /api/session.
    await page.request.get("/en/partners");
    const cached = await page.request.get("/en/partners");
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    const html = await cached.text();
    expect(html).not.toContain("Anna Headerfeld");
    expect(html).toContain(">Sign in<");

    await page.goto("/en/partners");
    await expect(accountMenu(page).locator("summary")).toContainText("Anna Headerfeld");
    expect(await layoutShifts(page), "layout shifts while the header learned the session").toEqual([]);
    await openAccountMenu(page);
    await expect(accountMenu(page).getByRole("link", { name: "My applications" })).toHaveAttribute("href", "/en/applications");
    await expect(accountMenu(page).getByRole("link", { name: "My account" })).toHaveAttribute("href", "/en/account");
    await expect(accountMenu(page).getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await expectAccessible(page);

    // The application form is rendered per user: the header's state is in the server's HTML.
    const form = await page.request.get("/en/apply", { maxRedirects: 0 });
    expect(form.headers()["cache-control"]).toContain("no-store");
    expect(await form.text()).toContain("Anna Headerfeld");
    await page.goto("/en/apply");
    await expect(accountMenu(page).locator("summary")).toContainText("Anna Headerfeld");

    // The endpoint answers the header's two facts and no more, never stored.
    const session = await page.request.get("/api/session");
    expect(session.headers()["cache-control"]).toBe("no-store");
    expect(await session.json()).toEqual({ kind: "investor", name: "Anna Headerfeld" });

    // Sign out from the header, by keyboard only.
    await page.goto("/en/partners");
    await expect(accountMenu(page).locator("summary")).toContainText("Anna Headerfeld");
    await openAccountMenu(page);
    const signOut = accountMenu(page).getByRole("button", { name: "Sign out" });
    while (!(await signOut.evaluate((element) => element === document.activeElement))) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en$/);
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(accountMenu(page)).toHaveCount(0);
    expect(await (await page.request.get("/api/session")).json()).toEqual({ kind: "anonymous" });
    // The session is gone on the server too: the application form sends to sign-in.
    await page.goto("/en/apply");
    await expect(page).toHaveURL(/\/en\/sign-in/);
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("staff: the admin area says who is signed in, offers Admin and Sign out; signing out returns to Sign in", async ({ page, sql }) => {
    const staff = await createUser(sql, "staff", "Olga Headerova");
    await signInAs(page, staff.email);
    await expect(page).toHaveURL(/\/en\/admin/);
    await expect(accountMenu(page).locator("summary")).toContainText("Olga Headerova");
    await openAccountMenu(page);
    await expect(accountMenu(page).getByText("Signed in as Olga Headerova")).toBeVisible();
    await expect(accountMenu(page).getByRole("link", { name: "Admin" })).toHaveAttribute("href", "/en/admin");
    await expect(accountMenu(page).getByRole("link", { name: "My applications" })).toHaveCount(0);
    await expectAccessible(page);

    // A public page, cached, shows the same state through the island (Persian: right to left).
    await page.goto("/fa/sez");
    await expect(accountMenu(page).locator("summary")).toContainText("Olga Headerova");
    await openAccountMenu(page);
    await expect(accountMenu(page).getByRole("link", { name: "بخش کارکنان" })).toHaveAttribute("href", "/fa/admin");

    await page.goto("/en/admin");
    await openAccountMenu(page);
    await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/en/admin");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("a forged session cookie is anonymous in the header", async ({ browser }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "authjs.session-token", value: "not-a-real-token", url: "http://127.0.0.1" }]);
    const page = await context.newPage();
    await page.goto("/en");
    expect(await (await page.request.get("/api/session")).json()).toEqual({ kind: "anonymous" });
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await context.close();
  });
});

test.describe("the language menu", () => {
  test("390 px: one compact row; the menu opens by keyboard, lists every language and keeps the page", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/en/partners/iran");
    const height = (await header(page).boundingBox())!.height;
    test.info().annotations.push({ type: "header height at 390 px", description: `${Math.round(height)} px` });
    expect(height).toBeLessThanOrEqual(72);
    const menu = header(page).getByTestId("language-menu");
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    const languages = menu.getByRole("navigation", { name: "Language" });
    for (const [locale, label] of [["en", "English"], ["ru", "Русский"], ["de", "Deutsch"], ["nl", "Nederlands"], ["ko", "한국어"], ["zh", "中文"], ["fa", "فارسی"]] as const) {
      await expect(languages.getByRole("link", { name: label })).toHaveAttribute("href", `/${locale}/partners/iran`);
    }
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open", "");
    await expect(menu.locator("summary")).toBeFocused();
    await page.keyboard.press("Enter");
    await languages.getByRole("link", { name: "فارسی" }).click();
    await expect(page).toHaveURL(/\/fa\/partners\/iran$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // Right to left: the panel opens inside the screen.
    await header(page).getByTestId("language-menu").locator("summary").click();
    const panel = (await header(page).getByTestId("language-menu").getByRole("navigation").boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(390);
    await context.close();
  });

  test("without JavaScript the menu still opens and links the same page in every language", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/zh/sez");
    const menu = header(page).getByTestId("language-menu");
    await menu.locator("summary").click();
    await menu.getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(/\/de\/sez$/);
    await context.close();
  });

  test("the header learning who is signed in shifts nothing, at 390 px and 1280 px", async ({ browser, sql }) => {
    const investor = await createUser(sql, "investor", "Anna Layoutfeld");
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signInAs(page, investor.email);
      for (const path of ["/en/partners", "/zh/partners", "/fa"]) {
        // Once to have the page's web fonts in the cache: their swap on a first visit is the
        // page fonts' matter (issue 16), not the header's; then the measured visit.
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await page.goto(path);
        await expect(accountMenu(page).locator("summary")).toContainText("Anna Layoutfeld");
        await page.waitForLoadState("networkidle");
        expect(await layoutShifts(page), `layout shifts on ${path} at ${width} px`).toEqual([]);
      }
      await context.close();
    }
  });
});

test.describe("header screenshots (en, fa, zh at 390 and 1280 px)", () => {
  for (const locale of ["en", "fa", "zh"] as const) {
    for (const width of [390, 1280]) {
      test(`${locale} at ${width} px: closed and open, axe clean, nothing overflows`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 700 } });
        const page = await context.newPage();
        await page.goto(`/${locale}`);
        await page.waitForLoadState("networkidle");
        const dir = "test-results/header-screenshots";
        mkdirSync(dir, { recursive: true });
        const fits = await header(page).evaluate((element) => element.scrollWidth <= element.clientWidth);
        expect(fits, "the header fits the screen").toBe(true);
        await page.screenshot({ path: `${dir}/${locale}-${width}-closed.png`, clip: { x: 0, y: 0, width, height: 120 } });
        await header(page).getByTestId("language-menu").locator("summary").click();
        await expect(header(page).getByRole("navigation", { name: /.+/ }).last()).toBeVisible();
        await page.screenshot({ path: `${dir}/${locale}-${width}-open.png`, clip: { x: 0, y: 0, width, height: 460 } });
        await expectAccessible(page);
        await context.close();
      });
    }
  }
});
