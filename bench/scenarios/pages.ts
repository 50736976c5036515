import { measure, type LoadFigures } from "../lib/load";
import { round, type ScenarioResult } from "../lib/stats";

/** The public pages against the bare static page of the ceiling app (bench/ceiling), each after a warm-up. */
const PAGES = ["/en", "/ru", "/en/partners", "/ru/partners", "/en/partners/iran", "/ru/partners/iran"];
const TARGET = 0.9;

export async function runPagesScenario(baseUrl: string, ceilingUrl: string, seconds: number): Promise<ScenarioResult> {
  const run = (url: string) => measure({ url, connections: 10 }, seconds);
  // The ceiling is measured before and after the pages and averaged, so drift of
  // the machine during the run does not favour either side.
  const before = await run(`${ceilingUrl}/`);
  const pages: Record<string, LoadFigures & { ratio: number }> = {};
  const measured: Array<[string, LoadFigures]> = [];
  for (const path of PAGES) measured.push([path, await run(`${baseUrl}${path}`)]);
  const after = await run(`${ceilingUrl}/`);
  const ceiling = (before.requestsPerSecond + after.requestsPerSecond) / 2;
  for (const [path, figures] of measured) pages[path] = { ...figures, ratio: round(figures.requestsPerSecond / ceiling, 2) };
  const worst = Math.min(...Object.values(pages).map((page) => page.ratio));
  const failures = Object.values(pages).reduce((sum, page) => sum + page.other + page.errors, 0);
  return {
    name: "public pages",
    figures: { ceiling: { requestsPerSecond: round(ceiling), before, after }, pages },
    ratio: worst,
    target: `every page >= ${TARGET * 100}% of the ceiling's requests/s, no errors`,
    met: worst >= TARGET && failures === 0,
  };
}
