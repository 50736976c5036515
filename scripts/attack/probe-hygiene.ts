import type { AttackContext } from "./context";
import { replies, send } from "./http";

// SECURITY-CHECKS #30, #25: no response of the run (error or not) carries a
// stack trace, SQL, a server file path or an environment value.

const LEAKS: Array<{ name: string; pattern: RegExp }> = [
  { name: "stack trace", pattern: /\n\s*at [\w$.<>[\] ]+ \(?(?:\/|file:|node:|webpack)/ },
  { name: "stack frame", pattern: /\bat (?:async )?[\w$.]+ \((?:\/|file:\/\/|node:)[^)]*:\d+:\d+\)/ },
  { name: "server file path", pattern: /\/work\/|\/home\/\w|\.next\/server\/|webpack-internal:|[\w-]+\.tsx?:\d+:\d+/ },
  { name: "SQL text", pattern: /\bselect\s+[\w"*,. ()]+\s+from\s+"\w+"|\binsert into "\w+"|syntax error at or near|PostgresError|relation "\w+" does not exist|violates (?:unique|foreign key|check) constraint/i },
  { name: "connection string", pattern: /postgres(?:ql)?:\/\/\w/ },
  { name: "Node error name", pattern: /\b(?:ECONNREFUSED|ERR_[A-Z_]{6,}|TypeError: |ReferenceError: |SyntaxError: Unexpected)/ },
];

export async function hygieneProbes(ctx: AttackContext): Promise<void> {
  const { base, fixtures, report, secrets } = ctx;
  // Error-provoking requests of their own (bad ids, cursors, encodings, methods).
  const staff = { cookie: fixtures.staff.cookie };
  const errorRequests: Array<[string, RequestInitLike]> = [
    ["/en/applications/not-a-uuid", { headers: { cookie: fixtures.owner.cookie } }],
    ["/en/admin/applications/00000000-0000-0000-0000-000000000000", { headers: staff }],
    ["/en/admin/applications?after=%27%22%3E%3Cx%3E&sort=%27&dir=%27&status=%27", { headers: staff }],
    ["/en/admin/applications?q=%27%20or%201%3D1--&staleDays=1e309&from=9999-99-99", { headers: staff }],
    ["/api/admin/export?after=%27&q=%27%3B%20drop%20table%20users--", { headers: staff }],
    ["/api/documents/%27", { headers: { cookie: fixtures.owner.cookie } }],
    ["/api/documents/00000000-0000-0000-0000-000000000000", { headers: { cookie: fixtures.owner.cookie } }],
    ["/api/applications/%27/submit", { method: "POST", headers: { cookie: fixtures.owner.cookie } }],
    ["/api/applications/00000000-0000-0000-0000-000000000000/documents/passport", { method: "POST", headers: { cookie: fixtures.owner.cookie, "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\n" }],
    ["/en/%E0%A4%A", {}],
    ["/%", {}],
    ["/en/partners/%27%22", {}],
    ["/en/partners/sphere/%27", {}],
    ["/xx/open-data", {}],
    ["/en/sign-in?next=%27%22%3E%3Cscript%3E", {}],
    ["/en/verify-email?token=%27", {}],
    ["/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }],
    ["/api/auth/session", { headers: { cookie: "authjs.session-token=%27%22garbage" } }],
    ["/api/health", { method: "DELETE" }],
    ["/en", { method: "PROPFIND" }],
  ];
  for (const [path, init] of errorRequests) await send(base, path, { ...init, label: `${init.method ?? "GET"} ${path}` });

  let scanned = 0;
  const seen = new Set<string>();
  for (const reply of replies) {
    scanned += 1;
    for (const leak of [...LEAKS, ...secrets.map((secret) => ({ name: "environment value", pattern: new RegExp(escape(secret)) }))]) {
      const match = leak.pattern.exec(reply.body) ?? leak.pattern.exec(JSON.stringify(reply.headers));
      if (!match) continue;
      const key = `${leak.name} ${reply.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report.add({ tool: "probe", target: `${reply.label} → ${reply.status}`, finding: `${leak.name} in the response: "${match[0].slice(0, 80)}"`, severity: "medium" });
    }
  }
  report.check("probe", `error-body hygiene over ${scanned} responses`, true, "");
  console.log(`  hygiene: scanned ${scanned} responses, ${seen.size} leak(s)`);
}

interface RequestInitLike {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
