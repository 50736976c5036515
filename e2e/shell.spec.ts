import { expect, test } from "./fixtures";

test.describe("the shell", () => {
  test("/ redirects by Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "accept-language": "ru-RU,ru;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await context.close();
  });

  test("English home page: lang, dir, header, skip link, footer", async ({ page, visit }) => {
    await visit("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    const nav = page.getByRole("navigation", { name: "Main" }).first();
    for (const name of ["Region", "Partners", "Lotus SEZ", "Apply"]) {
      await expect(nav.getByRole("link", { name, exact: true })).toBeAttached();
    }
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  });

  test("the language switcher keeps the current page", async ({ page, visit }) => {
    await visit("/en/sign-in");
    await page.getByTestId("language-menu").locator("summary").click();
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/sign-in$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  });

  test("without JavaScript: the language switcher links the same page in each language", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/fa/partners/iran");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByTestId("language-menu").locator("summary").click();
    const switcher = page.getByRole("navigation", { name: "زبان" });
    const current = switcher.getByRole("link", { name: "فارسی" });
    await expect(current).toHaveAttribute("aria-current", "true");
    await expect(current).toHaveAttribute("href", "/fa/partners/iran");
    await expect(current).toHaveAttribute("dir", "rtl");
    const english = switcher.getByRole("link", { name: "English" });
    await expect(english).toHaveAttribute("href", "/en/partners/iran");
    await expect(english).toHaveAttribute("hreflang", "en");
    await expect(english).toHaveAttribute("lang", "en");
    await expect(english).toHaveAttribute("dir", "ltr");
    await expect(english).not.toHaveAttribute("aria-current", /.*/);
    // The shell's other links carry the locale too.
    // Brand and "Region" (in the wide and the narrow menu) go home, in Persian.
    await expect(page.getByRole("banner").locator('a[href="/fa"]')).toHaveCount(3);
    await expect(page.getByRole("banner").locator('a[href="/fa/partners"]')).toHaveCount(2);
    await expect(page.getByRole("contentinfo").locator('a[href="/fa/privacy"]')).toHaveCount(1);
    await english.click();
    await expect(page).toHaveURL(/\/en\/partners\/iran$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await context.close();
  });

  test("unknown paths give the not-found page in the reader's language", async ({ page }) => {
    const en = await page.goto("/en/no-such-page");
    expect(en?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const ru = await page.goto("/ru/no-such-page");
    expect(ru?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
  });

  test("an unknown locale is not found", async ({ page }) => {
    const response = await page.goto("/xx/partners");
    expect(response?.status()).toBe(404);
  });

  test("mobile: the menu opens by keyboard", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/en");
    const summary = page.getByText("Menu", { exact: true });
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("details[open]").getByRole("link", { name: "Partners" })).toBeVisible();
    await context.close();
  });
});

test("GET /api/health answers 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "up" });
});
