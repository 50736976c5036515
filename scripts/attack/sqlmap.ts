import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AttackContext } from "./context";
import { cookiesOf, send } from "./http";
import { installed, runBounded } from "./tools";

// SECURITY-CHECKS #25: sqlmap (batch, level 2, risk 1) against the pages and
// endpoints that take parameters. Any injectable parameter is a high finding;
// a positive heuristic (a DBMS error in a response) is a medium one.

interface Target {
  name: string;
  args: string[];
  timeoutMs: number;
}

export async function sqlmapTargets(ctx: AttackContext): Promise<Target[]> {
  const { base, fixtures } = ctx;
  const staffCookie = fixtures.staff.cookie;
  const csrf = await send(base, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const queue = "q=Attack&status=submitted&country=DE&sort=submitted_at&dir=desc&reviewer=unassigned&after=";
  // Path segments: payloads fully percent-encoded (charencode), otherwise Node's
  // HTTP parser drops requests with raw quotes or brackets in the path before
  // the app sees them.
  const encoded = ["--tamper", "charencode"];
  return [
    { name: "public: partners by sphere (/en/partners/sphere/<sphere>)", args: ["-u", `${base}/en/partners/sphere/trade*`, ...encoded], timeoutMs: 45_000 },
    { name: "public: partner country page (/en/partners/<slug>)", args: ["-u", `${base}/en/partners/iran*`, ...encoded], timeoutMs: 45_000 },
    // The open-data page reads no parameters (a cached aggregate); what sqlmap can vary is a query string and, at level 2, the cookies.
    { name: "public: open data (query string, cookies)", args: ["-u", `${base}/en/open-data?year=2026`, "--cookie", "NEXT_LOCALE=en"], timeoutMs: 45_000 },
    {
      name: "sign-in: Auth.js credentials callback (email, password)",
      args: ["-u", `${base}/api/auth/callback/credentials`, "--data", `csrfToken=${csrfToken}&email=spray-target%40example.com&password=not-the-password&callbackUrl=%2Fen%2Faccount`, "--cookie", cookiesOf(csrf), "-p", "email,password", "--drop-set-cookie"],
      timeoutMs: 60_000,
    },
    { name: "staff: queue search (q, status, sort, after)", args: ["-u", `${base}/en/admin/applications?${queue}`, "--cookie", staffCookie, "-p", "q,status,sort,after", "--text-only"], timeoutMs: 170_000 },
    { name: "staff: CSV export (q, country)", args: ["-u", `${base}/api/admin/export?${queue}`, "--cookie", staffCookie, "-p", "q,country"], timeoutMs: 80_000 },
  ];
}

export async function runSqlmap(ctx: AttackContext, workDir: string): Promise<void> {
  const { report } = ctx;
  if (!installed("sqlmap")) {
    report.add({ tool: "sqlmap", target: "-", finding: "sqlmap is not installed (apt-get install -y sqlmap): SQL injection scan skipped", severity: "medium" });
    return;
  }
  const outputDir = mkdtempSync(path.join(tmpdir(), "attack-sqlmap-"));
  const common = ["--batch", "--level", "2", "--risk", "1", "--threads", "2", "--time-sec", "2", "--timeout", "10", "--retries", "1", "--dbms", "PostgreSQL", "--flush-session", "--skip-waf", "--disable-coloring", "--output-dir", outputDir, "-v", "1"];
  const targets = await sqlmapTargets(ctx);
  // The scanner's address and test e-mail would hit the sign-in limits within
  // seconds and every later answer would be "throttled", hiding any injection:
  // the limiter is emptied every second while sqlmap runs (as a WAF allowlist
  // for the scanner would). The spray probe tests the limiter itself.
  const clearLimits = setInterval(() => void ctx.sql`delete from rate_limits`.catch(() => {}), 1000);
  for (const [index, target] of targets.entries()) {
    const logFile = path.join(workDir, `sqlmap-${index + 1}.log`);
    const result = await runBounded("sqlmap", [...target.args, ...common], { timeoutMs: target.timeoutMs, logFile });
    const verdict = parseSqlmap(result.output);
    console.log(`  sqlmap ${index + 1}/${targets.length} ${target.name}: ${verdict.summary} (${(result.ms / 1000).toFixed(0)} s, log ${logFile})`);
    report.check("sqlmap", target.name, verdict.injectable.length === 0, `injectable: ${verdict.injectable.join("; ")}`, "high");
    if (verdict.heuristic.length > 0) report.add({ tool: "sqlmap", target: target.name, finding: `heuristic: ${verdict.heuristic.join("; ")}`, severity: verdict.heuristic.some((h) => /injectable/.test(h)) ? "medium" : "low" });
    if (result.timedOut) report.add({ tool: "sqlmap", target: target.name, finding: `stopped at the ${target.timeoutMs / 1000} s limit: parameters not reached are untested (${verdict.tested.join(", ") || "none finished"} finished)`, severity: "info" });
    else if (!verdict.finished && verdict.injectable.length === 0) report.add({ tool: "sqlmap", target: target.name, finding: `did not finish normally: ${verdict.critical.join("; ") || `exit ${result.code}`}`, severity: "low" });
  }
  clearInterval(clearLimits);
}

export function parseSqlmap(output: string): { injectable: string[]; heuristic: string[]; tested: string[]; critical: string[]; finished: boolean; summary: string } {
  const lines = output.split("\n");
  const injectable = new Set<string>();
  const heuristic = new Set<string>();
  const tested = new Set<string>();
  const critical: string[] = [];
  for (const line of lines) {
    let match = /(\w+ parameter '[^']+') (?:is vulnerable|appears to be .* injectable)/.exec(line);
    if (match && !/does not seem|might be/.test(line)) injectable.add(match[1]!);
    match = /heuristic \(basic\) test shows that (\w+ parameter '[^']+') might be injectable/.exec(line);
    if (match) heuristic.add(`${match[1]} might be injectable`);
    match = /heuristic \(XSS\) test shows that (\w+ parameter '[^']+') might be vulnerable to cross-site scripting/.exec(line);
    if (match) heuristic.add(`${match[1]} reflects <'"> unescaped (XSS heuristic)`);
    match = /heuristic \(FI\) test shows that (\w+ parameter '[^']+') might be vulnerable to file inclusion/.exec(line);
    if (match) heuristic.add(`${match[1]} file-inclusion heuristic`);
    match = /(\w+ parameter '[^']+') does not seem to be injectable/.exec(line);
    if (match) tested.add(match[1]!);
    if (/\[CRITICAL\]/.test(line) && !/all tested parameters do not appear to be injectable/.test(line)) critical.push(line.replace(/^.*\[CRITICAL\]\s*/, "").slice(0, 160));
  }
  if (/sqlmap identified the following injection point/.test(output) && injectable.size === 0) injectable.add("injection point identified (see log)");
  const finished = /all tested parameters do not appear to be injectable|\[\*\] ending @/.test(output);
  const summary = injectable.size > 0 ? `INJECTABLE ${[...injectable].join(", ")}` : `${tested.size} parameter(s) not injectable${heuristic.size ? `, ${heuristic.size} heuristic hit(s)` : ""}`;
  return { injectable: [...injectable], heuristic: [...heuristic], tested: [...tested], critical, finished, summary };
}
