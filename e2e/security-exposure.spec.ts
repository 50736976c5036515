import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./pages/accounts";
import { E2E_AUTH_SECRET } from "./pages/security";
import { createUser, seedSubmittedApplication, signInAs } from "./pages/staff";

// Data over-exposure (SECURITY-CHECKS #11): nothing server-only in the client
// bundles the build wrote, nor in the HTML and RSC (Flight) payloads of public,
// investor and staff pages. Runs after the build (npm test: Playwright step),
// against the same .next the e2e server serves.

const STATIC_DIR = path.resolve(".next", "static");

/** Secret values this run knows: the e2e server's, and whatever the build or the shell had. */
function secretValues(): string[] {
  const values = [E2E_AUTH_SECRET, process.env.E2E_DATABASE_URL, process.env.AUTH_SECRET, process.env.DATABASE_URL, process.env.DOCUMENTS_S3_SECRET_ACCESS_KEY];
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.length >= 12))];
}

/** Names and text that only server code has: hashes, secrets' names, table and column names, SQL. */
const SERVER_ONLY_TEXT = [
  "$argon2",
  "postgres://",
  "postgresql://",
  "password_hash",
  "passwordHash",
  "totp_secret",
  "totpSecret",
  "session_version",
  "sessionVersion",
  "user_sessions",
  "pg_advisory",
  "insert into",
  'select "',
  'from "users"',
  "AUTH_SECRET",
  "DATABASE_URL",
  "DOCUMENTS_S3_SECRET",
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function findings(label: string, body: string, forbidden: string[]): string[] {
  const lower = body.toLowerCase();
  return forbidden.filter((needle) => lower.includes(needle.toLowerCase())).map((needle) => `${label}: ${needle.slice(0, 40)}`);
}

/** The HTML and the RSC payload of each path, as this request context (cookies) sees them. */
async function payloads(request: APIRequestContext, paths: string[]): Promise<Array<{ label: string; body: string }>> {
  const out: Array<{ label: string; body: string }> = [];
  for (const url of paths) {
    for (const [kind, headers] of [
      ["html", {}],
      ["rsc", { RSC: "1" }],
    ] as const) {
      const response = await request.get(url, { headers, failOnStatusCode: false });
      expect(response.status(), `${kind} ${url}`).toBe(200);
      out.push({ label: `${kind} ${url} (${new URL(response.url()).pathname})`, body: await response.text() });
    }
  }
  return out;
}

const PUBLIC_PATHS = ["/en", "/en/sez", "/en/sez/eligibility", "/en/sez/savings", "/en/partners", "/en/map", "/en/open-data", "/en/privacy", "/en/sign-in", "/en/register", "/en/forgot-password"];

test.describe("no server-only values reach the browser", () => {
  test("client bundles in .next/static: no secrets, hashes, SQL or server-only names, no source maps", async () => {
    // The e2e server runs this very build, so its static files exist; a missing folder is a failure, never a skip.
    expect(existsSync(STATIC_DIR), "no .next/static: run `npm run build` first (npm test builds before the e2e step)").toBe(true);
    const files = filesUnder(STATIC_DIR);
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    const forbidden = [...secretValues(), ...SERVER_ONLY_TEXT];
    const found = files.filter((file) => /\.(js|css|json|txt|html)$/.test(file)).flatMap((file) => findings(path.relative(STATIC_DIR, file), readFileSync(file, "utf8"), forbidden));
    expect(found).toEqual([]);
  });

  test("HTML and RSC payloads of public, investor and staff pages: no secrets, hashes, TOTP secrets, internal notes or other users' e-mails", async ({ page, sql, browser }) => {
    test.setTimeout(180_000);
    const investor = await createUser(sql, "investor", "Exposure Investor");
    const bystander = await createUser(sql, "investor", "Bystander Investor");
    const staff = await createUser(sql, "staff", "Exposure Reviewer");
    const application = await seedSubmittedApplication(sql, investor.id, `Exposure Shipping ${Date.now().toString(36)}`);
    const note = `Internal note ${Date.now().toString(36)}: applicant's bank is under review`;
    await sql`update applications set assigned_reviewer_id = ${staff.id} where id = ${application.id}`;
    await sql`insert into application_notes (application_id, author_id, body) values (${application.id}, ${staff.id}, ${note})`;
    await sql`insert into application_messages (application_id, author_id, from_staff, body) values (${application.id}, ${staff.id}, true, 'Please send the tax certificate.')`;

    const rows = await sql<{ email: string; password_hash: string; totp_secret: string | null }[]>`select email, password_hash, totp_secret from users`;
    const hashes = rows.flatMap((row) => [row.password_hash, row.totp_secret ?? ""]).filter((value) => value.length >= 12);
    const emailsBut = (own: string) => rows.map((row) => row.email).filter((email) => email !== own);
    const common = [...secretValues(), ...hashes, ...SERVER_ONLY_TEXT];

    // Anonymous: public pages.
    const anonymous = await payloads(page.request, PUBLIC_PATHS);
    expect(anonymous.flatMap(({ label, body }) => findings(label, body, [...common, ...rows.map((row) => row.email), note]))).toEqual([]);

    // The investor: public pages and their own application pages.
    await signIn(page, investor.email);
    await expect(page).toHaveURL(/\/en\/account$/);
    const investorPaths = ["/en/account", "/en/applications", `/en/applications/${application.id}`, "/en/apply"];
    const seen = await payloads(page.request, [...investorPaths, ...PUBLIC_PATHS]);
    const own = seen.find(({ label }) => label.startsWith(`rsc /en/applications/${application.id} `))!;
    expect(own.body, "positive control: the payload carries the investor's own data").toContain(application.reference);
    expect(seen.flatMap(({ label, body }) => findings(label, body, [...common, ...emailsBut(investor.email), bystander.email, note]))).toEqual([]);

    // Staff may see applicants' e-mails and notes, but never hashes or secrets.
    const staffContext = await browser.newContext();
    const staffPage = await staffContext.newPage();
    await signInAs(staffPage, staff.email);
    const staffSeen = await payloads(staffPage.request, ["/en/admin", "/en/admin/applications", `/en/admin/applications/${application.id}`, "/en/admin/statistics"]);
    const detail = staffSeen.find(({ label }) => label.startsWith(`rsc /en/admin/applications/${application.id} `))!;
    expect(detail.body, "positive control: staff see the internal note").toContain(note);
    expect(staffSeen.flatMap(({ label, body }) => findings(label, body, common))).toEqual([]);
    await staffContext.close();
  });
});
