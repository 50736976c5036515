import { describe, expect, it } from "vitest";
import { Report } from "./findings";
import { parseSqlmap } from "./sqlmap";
import { severityOf } from "./wapiti";

describe("attack run parsers", () => {
  it("reads sqlmap's verdicts: clean, injectable, heuristic", () => {
    const clean = parseSqlmap(
      "[04:00:58] [WARNING] GET parameter 'q' does not seem to be injectable\n[04:00:58] [ERROR] all tested parameters do not appear to be injectable. Try to increase values\n[*] ending @ 04:00:58",
    );
    expect(clean).toMatchObject({ injectable: [], tested: ["GET parameter 'q'"], finished: true });
    const hit = parseSqlmap(
      "[10:00:01] [INFO] GET parameter 'id' appears to be 'PostgreSQL AND boolean-based blind - WHERE or HAVING clause' injectable\nGET parameter 'id' is vulnerable. Do you want to keep testing the others (if any)? [y/N] N\nsqlmap identified the following injection point(s) with a total of 40 HTTP(s) requests:",
    );
    expect(hit.injectable).toEqual(["GET parameter 'id'"]);
    const heuristic = parseSqlmap("[10:00:01] [INFO] heuristic (basic) test shows that POST parameter 'email' might be injectable (possible DBMS: 'PostgreSQL')");
    expect(heuristic.heuristic).toEqual(["POST parameter 'email' might be injectable"]);
    expect(heuristic.injectable).toEqual([]);
  });

  it("maps wapiti levels and fails the run from medium up", () => {
    expect([4, 3, "2", 1, 0].map(severityOf)).toEqual(["high", "high", "medium", "low", "info"]);
    const report = new Report();
    report.check("wapiti", "xss", false, "low thing", "low");
    expect(report.summary(1)).toContain("PASS");
    report.check("sqlmap", "q", false, "injectable", "high");
    expect(report.summary(1)).toContain("FAIL: 1 finding");
  });
});
