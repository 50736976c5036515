import { gzipSync } from "node:zlib";
import { round, type ScenarioResult } from "../lib/stats";

const BUDGET_KB = 15;

/** The scripts a first visit loads: every <script src> of the HTML, gzip-compressed. */
async function firstLoadKb(baseUrl: string, path: string, cookie?: string): Promise<{ kb: number; files: number }> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&")))];
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { kb: round(bytes / 1024), files: sources.length };
}

/** Shipped JavaScript per route against the framework's own baseline (the bare page of bench/ceiling). */
export async function runJavascriptScenario(baseUrl: string, ceilingUrl: string, investorCookie: string, formPath: string): Promise<ScenarioResult> {
  const baseline = await firstLoadKb(ceilingUrl, "/");
  const publicPages = ["/en", "/en/partners", "/en/partners/iran", "/en/sez", "/en/sez/eligibility", "/en/sez/savings", "/en/map"];
  // The eligibility and savings tools are forms by purpose (react-hook-form, the shared zod
  // schemas, next-intl's client provider): held to the same budget, and reported apart.
  const formTools = new Set(["/en/sez/eligibility", "/en/sez/savings"]);
  const contentPages = publicPages.filter((path) => !formTools.has(path));
  const routes: Record<string, { kb: number; files: number; aboveBaselineKb: number }> = {};
  for (const path of publicPages) {
    const size = await firstLoadKb(baseUrl, path);
    routes[path] = { ...size, aboveBaselineKb: round(size.kb - baseline.kb) };
  }
  const form = await firstLoadKb(baseUrl, formPath, investorCookie);
  routes["application form"] = { ...form, aboveBaselineKb: round(form.kb - baseline.kb) };
  const worst = (paths: string[]) => Math.max(...paths.map((path) => routes[path]!.aboveBaselineKb));
  const worstPublic = worst(publicPages);
  return {
    name: "shipped javascript",
    figures: { baseline, routes },
    target: `public pages <= ${BUDGET_KB} KB gzip above the baseline`,
    met: worstPublic <= BUDGET_KB,
    notes: [
      `worst content page: ${worst(contentPages)} KB above the baseline`,
      `worst form tool (eligibility, savings): ${worst([...formTools])} KB above the baseline`,
    ],
  };
}
