import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import postgres from "postgres";

/** WCAG 2.2 AA, as axe tags it. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

type Fixtures = {
  /** Every page.goto() in a test is followed by an axe check of the page it lands on. */
  checkedGoto: void;
  /** Goes to a path and checks the page with axe. */
  visit: (path: string) => Promise<void>;
  /** The e2e server's database (for reading the outbox and arranging data). */
  sql: postgres.Sql;
  /** Every test ends with an axe check of the page it ended on. */
  finalAxeCheck: void;
};

export const test = base.extend<Fixtures>({
  visit: async ({ page }, use) => {
    await use(async (path: string) => {
      // page.goto is checked with axe by the auto fixture below.
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBeLessThan(500);
    });
  },
  sql: async ({}, use) => {
    const url = process.env.E2E_DATABASE_URL;
    if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e suite through `npm test`");
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    await use(sql);
    await sql.end();
  },
  checkedGoto: [
    async ({ page }, use) => {
      const goto = page.goto.bind(page);
      page.goto = (async (url: string, options?: Parameters<Page["goto"]>[1]) => {
        const response = await goto(url, options);
        if (page.url().startsWith("http") && (response?.headers()["content-type"] ?? "").includes("text/html")) await expectAccessible(page);
        return response;
      }) as Page["goto"];
      await use();
    },
    { auto: true },
  ],
  finalAxeCheck: [
    async ({ page }, use) => {
      await use();
      if (page.url().startsWith("http")) await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect };
