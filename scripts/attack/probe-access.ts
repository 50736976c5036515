import { actionId } from "./fixtures";
import { actionHeaders, type AttackContext } from "./context";
import { header, send, type Reply } from "./http";

// SECURITY-CHECKS #3, #4: framework bypasses (CVE-2025-29927 family, RSC and
// path-spelling variants) must never show staff pages or another investor's
// application. Asserted on content markers, not only on the status.

const BYPASS_HEADERS: Array<Record<string, string>> = [
  {},
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { rsc: "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  { rsc: "1", "next-router-segment-prefetch": "/_tree" },
  { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true])) },
  { "x-middleware-prefetch": "1", purpose: "prefetch" },
  { "x-invoke-path": "/en/admin", "x-matched-path": "/en/admin" },
  { "x-nextjs-data": "1" },
];

function pathVariants(path: string): string[] {
  const rest = path.slice("/en".length);
  return [`${path}?_rsc=1`, `${path}/`, path.toUpperCase(), `/EN${rest}`, `/${path}`, `/en/${rest}`, `/en%2f${rest.slice(1)}`, `${path}.rsc`, `/en/.${rest}`, `/en/x/..${rest}`, `${path}%3f_rsc=1`, `${path};x`];
}

export async function accessProbes(ctx: AttackContext): Promise<void> {
  const { base, fixtures, report } = ctx;
  const { application } = fixtures;
  const markers = [application.marker, application.ownerEmail, fixtures.staff.email];
  const staffPaths = ["/en/admin", "/en/admin/applications", `/en/admin/applications/${application.id}`, "/en/admin/users", "/en/admin/audit", "/en/admin/statistics"];
  const ownerPaths = [`/en/applications/${application.id}`, `/en/applications/${application.id}/confirmation`, "/en/applications/%5Bid%5D", "/en/applications/..%2fadmin"];

  // Positive controls: the markers are what the rightful viewers see.
  const staffView = await send(base, `/en/admin/applications/${application.id}`, { headers: { cookie: fixtures.staff.cookie } });
  const ownerView = await send(base, `/en/applications/${application.id}`, { headers: { cookie: fixtures.owner.cookie } });
  const controlsOk =
    report.check("probe", "control: staff sees the application", staffView.status === 200 && staffView.body.includes(application.marker), `staff control got ${staffView.status} without the marker: the leak probes would prove nothing`, "medium") &&
    report.check("probe", "control: owner sees the application", ownerView.status === 200 && ownerView.body.includes(application.marker), `owner control got ${ownerView.status} without the marker`, "medium");
  if (!controlsOk) return;

  for (const [who, cookie] of [["anonymous", undefined], ["other investor", fixtures.other.cookie]] as const) {
    const paths = [...staffPaths, ...ownerPaths, ...(who === "anonymous" ? ["/en/account", "/en/applications"] : [])];
    let leaks = 0;
    let sent = 0;
    for (const path of paths) {
      const attempts: Array<{ url: string; headers: Record<string, string> }> = [
        ...BYPASS_HEADERS.map((headers) => ({ url: path, headers })),
        ...pathVariants(path).map((url) => ({ url, headers: {} })),
      ];
      for (const attempt of attempts) {
        const reply = await send(base, attempt.url, { headers: { ...attempt.headers, ...(cookie ? { cookie } : {}) } });
        sent += 1;
        const problem = leakProblem(reply, attempt.url, attempt.headers, markers);
        if (problem) {
          leaks += 1;
          report.add({ tool: "probe", target: `${who} GET ${attempt.url} ${JSON.stringify(attempt.headers)}`, finding: problem, severity: problem.startsWith("leak") ? "high" : "medium" });
        }
      }
    }
    report.check("probe", `bypass variants as ${who}`, true, "");
    console.log(`  bypass: ${sent} requests as ${who}, ${leaks} problem(s)`);
  }

  // The staff export and another investor's document/submission routes.
  for (const [who, cookie] of [["anonymous", undefined], ["other investor", fixtures.other.cookie]] as const) {
    for (const headers of BYPASS_HEADERS) {
      const reply = await send(base, "/api/admin/export", { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
      const leaked = markers.some((m) => reply.body.includes(m)) || reply.body.includes("reference");
      // 404, or Next's cache-busting redirect of an RSC request to the same route (`?_rsc`), or the empty prefetch answer.
      const harmless =
        reply.status === 404 ||
        ([307, 308].includes(reply.status) && header(reply, "location").startsWith("/api/admin/export?_rsc")) ||
        ("x-middleware-prefetch" in headers && reply.status === 200 && reply.body.trim() === "{}");
      report.check("probe", `${who} GET /api/admin/export ${JSON.stringify(headers)}`, harmless && !leaked, `export answered ${reply.status}${leaked ? " with protected data" : ""}`, leaked ? "high" : "medium");
    }
  }
}

function leakProblem(reply: Reply, url: string, headers: Record<string, string>, markers: string[]): string | null {
  if (reply.error) return `no answer (${reply.error})`;
  const leaked = markers.filter((marker) => reply.body.includes(marker));
  if (leaked.length > 0) return `leak: body contains ${leaked.join(", ")} (status ${reply.status})`;
  // Next answers a middleware prefetch with an empty JSON object and skips rendering.
  if ("x-middleware-prefetch" in headers && reply.status === 200 && ["", "{}"].includes(reply.body.trim())) return null;
  const rsc = "rsc" in headers || url.includes("_rsc") || url.endsWith(".rsc");
  const allowed = [301, 302, 303, 307, 308, 400, 404, ...(rsc ? [200] : [])];
  if (!allowed.includes(reply.status)) return `unexpected status ${reply.status} (no marker in the body)`;
  return null;
}

// SECURITY-CHECKS #12: a cross-origin Server Action POST changes nothing.
export async function csrfProbes(ctx: AttackContext): Promise<void> {
  const { base, sql, fixtures, report } = ctx;
  const id = actionId("app/[locale]/(investor)/account/actions.ts", "updateProfileAction");
  const nameNow = async () => (await sql<{ name: string }[]>`select name from users where id = ${fixtures.other.id}`)[0]!.name;
  await sql`update users set name = 'Attack Baseline' where id = ${fixtures.other.id}`;
  const host = new URL(base).host;
  const body = (name: string) => JSON.stringify([{ name, preferredLocale: "en" }]);
  const variants: Array<{ label: string; headers: Record<string, string> }> = [
    { label: "Origin: https://evil.example", headers: { origin: "https://evil.example" } },
    { label: "Origin: null", headers: { origin: "null" } },
    { label: "Origin: ours, X-Forwarded-Host: evil.example", headers: { origin: base, "x-forwarded-host": "evil.example" } },
    { label: "Origin: evil, X-Forwarded-Host: ours, Host: evil", headers: { origin: "http://evil.example", "x-forwarded-host": host, host: "evil.example" } },
    { label: "Origin: http://127.0.0.1.evil.example", headers: { origin: `http://${host}.evil.example` } },
  ];
  for (const variant of variants) {
    const reply = await send(base, "/en/account", { method: "POST", headers: { ...actionHeaders(id, base), ...variant.headers, cookie: fixtures.other.cookie }, body: body(`Changed ${variant.label}`) });
    const name = await nameNow();
    report.check("probe", `Server Action POST /en/account, ${variant.label}`, name === "Attack Baseline" && reply.status >= 400, `accepted: status ${reply.status}, name now "${name}"`);
  }
  // The no-JavaScript form post (multipart, no Next-Action header): the browser-reachable CSRF shape.
  const boundary = "----attack" + Date.now();
  const form = [`--${boundary}`, `Content-Disposition: form-data; name="$ACTION_ID_${id}"`, "", "", `--${boundary}`, 'Content-Disposition: form-data; name="name"', "", "Changed by form", `--${boundary}`, 'Content-Disposition: form-data; name="preferredLocale"', "", "en", `--${boundary}--`, ""].join("\r\n");
  const formReply = await send(base, "/en/account", { method: "POST", headers: { origin: "https://evil.example", "content-type": `multipart/form-data; boundary=${boundary}`, cookie: fixtures.other.cookie }, body: form });
  report.check("probe", "multipart form action POST, Origin: https://evil.example", (await nameNow()) === "Attack Baseline", `accepted: status ${formReply.status}`);

  // Control: the same request from our own origin works (otherwise the refusals above prove nothing).
  const control = await send(base, "/en/account", { method: "POST", headers: { ...actionHeaders(id, base), cookie: fixtures.other.cookie }, body: body("Same Origin Control") });
  report.check("probe", "control: same-origin Server Action POST", control.status === 200 && (await nameNow()) === "Same Origin Control", `control failed (status ${control.status}): the CSRF probes prove nothing`, "medium");
}
