export type Severity = "info" | "low" | "medium" | "high";
export type Tool = "probe" | "sqlmap" | "wapiti";

export interface Finding {
  tool: Tool;
  target: string;
  finding: string;
  severity: Severity;
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/** Medium and above fail the run. */
export const failing = (finding: Finding) => RANK[finding.severity] >= RANK.medium;

export class Report {
  readonly findings: Finding[] = [];
  /** Checks run per tool (a probe assertion, a sqlmap target, a wapiti module), for the summary. */
  readonly checks = new Map<Tool, number>();

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  /** Counts one check; on failure records the finding. Returns whether it passed. */
  check(tool: Tool, target: string, passed: boolean, finding: string, severity: Severity = "high"): boolean {
    this.checks.set(tool, (this.checks.get(tool) ?? 0) + 1);
    if (!passed) this.add({ tool, target, finding, severity });
    return passed;
  }

  table(): string {
    if (this.findings.length === 0) return "No findings.";
    const rows = [...this.findings]
      .sort((a, b) => RANK[b.severity] - RANK[a.severity])
      .map((f) => [f.tool, truncate(f.target, 60), truncate(f.finding.replace(/\s+/g, " "), 110), f.severity]);
    const head = ["tool", "target", "finding", "severity"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
    return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
  }

  summary(seconds: number): string {
    const per = (["probe", "sqlmap", "wapiti"] as Tool[])
      .map((tool) => {
        const mine = this.findings.filter((f) => f.tool === tool);
        const bad = mine.filter(failing).length;
        return `${tool}: ${this.checks.get(tool) ?? 0} checks, ${bad} medium+ / ${mine.length - bad} low/info`;
      })
      .join("; ");
    const total = this.findings.filter(failing).length;
    return `attack: ${total === 0 ? "PASS" : "FAIL"}: ${total} finding(s) of medium severity or above (${per}) in ${seconds.toFixed(0)} s`;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
