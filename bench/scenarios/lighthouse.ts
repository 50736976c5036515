import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import type { ScenarioResult } from "../lib/stats";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const DEBUGGING_PORT = 9333;

/**
 * Lighthouse 12 (its default: mobile, simulated throttling) in Debian's
 * Chromium, started by Playwright with a debugging port Lighthouse attaches to.
 */
export async function runLighthouseScenario(baseUrl: string, pages: Array<{ name: string; path: string; cookie?: string }>): Promise<ScenarioResult> {
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({
    executablePath,
    args: [`--remote-debugging-port=${DEBUGGING_PORT}`, "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const scores: Record<string, Record<string, number>> = {};
  const notes: string[] = [];
  try {
    for (const page of pages) {
      const audit = async () => {
        const result = await lighthouse(`${baseUrl}${page.path}`, {
          port: DEBUGGING_PORT,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
        });
        if (!result) throw new Error(`lighthouse gave no result for ${page.path}`);
        return result.lhr;
      };
      let lhr = await audit();
      // A run that could not trace the page (no first paint recorded, a protocol timeout)
      // scores 0 without measuring anything: say so and measure once more.
      if (lhr.runtimeError || lhr.categories.performance?.score === null) {
        notes.push(`${page.name}: first run failed (${lhr.runtimeError?.code ?? "no performance score"}), measured again`);
        lhr = await audit();
      }
      scores[page.name] = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
      const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
        .map((id) => `${id} ${lhr.audits[id]?.displayValue ?? "?"}`)
        .join(", ");
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual")
        .map((audit) => audit.id)
        .slice(0, 8);
      notes.push(`${page.name}: ${metrics}; below 0.9: ${failing.join(", ") || "none"}`);
    }
  } finally {
    await browser.close();
  }
  const met = Object.values(scores).every((score) => CATEGORIES.every((category) => (score[category] ?? 0) >= TARGETS[category]));
  return {
    name: "lighthouse",
    figures: scores,
    target: "performance >= 95; accessibility, best practices and SEO 100 (mobile)",
    met,
    notes,
  };
}
