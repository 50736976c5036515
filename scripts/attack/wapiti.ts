import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AttackContext } from "./context";
import type { Severity } from "./findings";
import { installed, runBounded } from "./tools";

// wapiti (Debian package) against the public site: crawl within the app's
// origin, attack with the injection modules, JSON report, levels mapped to
// our severities. Known false positives live in wapiti-allowlist.json, each
// with its reason.

const MODULES = ["sql", "xss", "permanentxss", "exec", "file", "crlf", "redirect"];
/** Crawl budget; each module then gets at most ATTACK_SECONDS. */
const SCAN_SECONDS = 45;
const ATTACK_SECONDS = 25;
/** Where the crawl starts (`/en/` itself redirects to `/en`, outside the folder scope). */
const START = ["/en/sez", "/en/sez/eligibility", "/en/sez/savings", "/en/partners", "/en/partners/sphere/trade", "/en/open-data", "/en/map", "/en/privacy", "/en/register", "/en/sign-in", "/en/sign-in?next=%2Fen%2Faccount", "/en/forgot-password", "/en/reset-password?token=abc", "/en/verify-email?token=abc"];

interface WapitiEntry {
  method: string;
  path: string;
  info: string;
  level: number | string;
  parameter: string;
}
interface WapitiReport {
  vulnerabilities?: Record<string, WapitiEntry[]>;
  anomalies?: Record<string, WapitiEntry[]>;
  additionals?: Record<string, WapitiEntry[]>;
}
interface AllowEntry {
  category: string;
  path: string;
  parameter?: string;
  reason: string;
}

/** wapiti levels: 4 critical, 3 high, 2 medium, 1 low, 0 info. */
export function severityOf(level: number | string): Severity {
  const n = Number(level);
  if (n >= 3) return "high";
  if (n === 2) return "medium";
  if (n === 1) return "low";
  return "info";
}

export async function runWapiti(ctx: AttackContext, workDir: string): Promise<void> {
  const { base, report } = ctx;
  if (!installed("wapiti")) {
    report.add({ tool: "wapiti", target: "-", finding: "wapiti is not installed (apt-get install -y wapiti): scan skipped", severity: "medium" });
    return;
  }
  const state = mkdtempSync(path.join(tmpdir(), "attack-wapiti-"));
  const config = path.join(state, "config");
  mkdirSync(config);
  // wapiti 3.0.4 loads every module, and mod_wapp downloads its Wappalyzer
  // database from GitHub when the config dir has none: an empty one keeps the
  // run offline (the wapp module itself is not used).
  writeFileSync(path.join(config, "apps.json"), "{}");
  const output = path.join(workDir, "wapiti.json");
  const args = [
    // One language: the seven locales render the same pages and forms.
    "-u", `${base}/en/`,
    "--scope", "folder",
    ...START.flatMap((path) => ["-s", `${base}${path}`]),
    "-m", MODULES.join(","),
    "-d", "3",
    "--max-links-per-page", "40",
    "--max-files-per-dir", "25",
    "--max-scan-time", String(SCAN_SECONDS),
    "--max-attack-time", String(ATTACK_SECONDS),
    "--max-parameters", "8",
    "-t", "10",
    "-S", "normal",
    // No -x: wapiti 3.0.4's exclusion patterns fail to compile on Python 3.11; nothing on
    // the public site changes state through GET (sign-out needs a POST with a CSRF token).
    // Everything stays on loopback: no bug reports, no wapiti3.ovh endpoint, session and config in a temp dir.
    "--no-bugreport",
    "--endpoint", "http://127.0.0.1:9/",
    "--store-session", state,
    "--store-config", config,
    "--flush-session",
    "-f", "json",
    "-o", output,
    "-v", "1",
  ];
  const result = await runBounded("wapiti", args, { timeoutMs: (SCAN_SECONDS + MODULES.length * ATTACK_SECONDS + 60) * 1000, logFile: path.join(workDir, "wapiti.log") });
  let parsed: WapitiReport;
  try {
    parsed = JSON.parse(readFileSync(output, "utf8")) as WapitiReport;
  } catch {
    report.add({ tool: "wapiti", target: base, finding: `no JSON report (exit ${result.code}${result.timedOut ? ", killed at the time limit" : ""}); see wapiti.log`, severity: "medium" });
    return;
  }
  const allow = JSON.parse(readFileSync(path.join(import.meta.dirname, "wapiti-allowlist.json"), "utf8")) as AllowEntry[];
  const allowed = (category: string, entry: WapitiEntry) =>
    allow.find((a) => a.category === category && entry.path.endsWith(a.path) && (a.parameter === undefined || a.parameter === entry.parameter));
  let total = 0;
  let skipped = 0;
  for (const [kind, groups] of [["vulnerability", parsed.vulnerabilities], ["anomaly", parsed.anomalies], ["additional", parsed.additionals]] as const) {
    for (const [category, entries] of Object.entries(groups ?? {})) {
      for (const entry of entries) {
        total += 1;
        const exception = allowed(category, entry);
        if (exception) {
          skipped += 1;
          report.add({ tool: "wapiti", target: `${entry.method} ${entry.path}`, finding: `${category} (allowlisted: ${exception.reason})`, severity: "info" });
          continue;
        }
        report.add({ tool: "wapiti", target: `${entry.method} ${entry.path}${entry.parameter ? ` [${entry.parameter}]` : ""}`, finding: `${kind}: ${category}: ${entry.info}`, severity: severityOf(entry.level) });
      }
    }
  }
  for (const name of MODULES) report.check("wapiti", name, true, "");
  console.log(`  wapiti: ${total} item(s) reported, ${skipped} allowlisted (${(result.ms / 1000).toFixed(0)} s${result.timedOut ? ", stopped at the limit" : ""})`);
}
