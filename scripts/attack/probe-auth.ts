import { AUTH_SECRET } from "@/bench/lib/app-server";
import { decryptSecret } from "@/lib/auth/secret-box";
import { totp } from "@/lib/auth/totp";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { HOSTILE_REDIRECTS } from "@/lib/testing/hostile-redirects";
import { actionHeaders, type AttackContext } from "./context";
import { actionId, SPRAY_PASSWORD } from "./fixtures";
import { cookiesOf, header, send, type Reply } from "./http";

// Issue 12 items 1, 2, 3 and 5, tried from outside: open redirects after
// sign-in and after the staff code step, a session cookie replayed after
// sign-out, strangers locking an account, and a spoofed client address.
// Each probe talks from its own loopback source address (127.0.0.x, a real
// other address, no header involved): the spray probes hold 127.0.0.1.

const AUTH_FILE = "app/[locale]/(auth)/actions.ts";
const ACCOUNT_FILE = "app/[locale]/(investor)/account/actions.ts";
const FOREIGN = /evil\.example|javascript:|data:text/i;

const leavesSite = (location: string, base: string) => {
  try {
    return new URL(location, base).origin !== new URL(base).origin || /[\u0000-\u0020\\]/.test(location);
  } catch {
    return true;
  }
};

/** The session cookie of a reply (and any other cookies it set), as a Cookie header. */
const sessionOf = (reply: Reply) => cookiesOf(reply).split("; ").filter((c) => c.startsWith("authjs.session-token=")).join("; ");

/** Auth.js's credentials callback as a plain form POST: what a script (or a browser without JS) sends. */
async function credentials(base: string, fields: Record<string, string>, from: string, headers: Record<string, string> = {}) {
  const csrf = await send(base, "/api/auth/csrf", { localAddress: from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await send(base, "/api/auth/callback/credentials", {
    method: "POST",
    localAddress: from,
    headers: { ...headers, cookie: cookiesOf(csrf), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, ...fields }).toString(),
  });
  const location = header(reply, "location");
  const outcome = sessionOf(reply) ? "signed-in" : /code=throttled/.test(location) ? "throttled" : /code=second_factor/.test(location) ? "second-factor" : /error=/.test(location) ? "refused" : `status ${reply.status}`;
  return { outcome, cookie: sessionOf(reply), location, csrfCookie: cookiesOf(csrf), csrfToken };
}

/** A Server Action POST from the portal's own origin; answers the action's result JSON (from the Flight body). */
async function action(base: string, id: string, page: string, args: unknown[], from: string, cookie = "") {
  const reply = await send(base, page, { method: "POST", localAddress: from, headers: { ...actionHeaders(id, base), ...(cookie ? { cookie } : {}) }, body: JSON.stringify(args) });
  const redirectTo = /"redirectTo":"((?:[^"\\]|\\.)*)"/.exec(reply.body)?.[1];
  return { reply, redirectTo: redirectTo === undefined ? undefined : (JSON.parse(`"${redirectTo}"`) as string) };
}

async function isSignedIn(base: string, cookie: string, from: string): Promise<boolean> {
  const account = await send(base, "/en/account", { headers: { cookie }, localAddress: from });
  return account.status === 200;
}

export async function openRedirectProbes(ctx: AttackContext): Promise<void> {
  const { base, report, fixtures, sql } = ctx;
  const from = "127.0.0.201";
  const email = fixtures.sprayEmails[10]!;
  const signIn = actionId(AUTH_FILE, "signInAction");
  let echoed = 0;
  let redirected = 0;
  let callback = 0;
  for (const target of HOSTILE_REDIRECTS) {
    const page = await send(base, `/en/sign-in?next=${encodeURIComponent(target)}`, { localAddress: from });
    if (FOREIGN.test(page.body)) echoed += 1;
    report.check("probe", `sign-in page ?next=${JSON.stringify(target).slice(0, 40)}`, !FOREIGN.test(page.body), "the sign-in page echoes a foreign redirect target into its HTML");
    const answer = await action(base, signIn, "/en/sign-in", [{ email, password: SPRAY_PASSWORD, next: target }], from);
    const ok = answer.redirectTo !== undefined && !leavesSite(answer.redirectTo, base);
    if (!ok) redirected += 1;
    report.check("probe", `signInAction next=${JSON.stringify(target).slice(0, 40)}`, ok, `after sign-in the browser is sent to ${JSON.stringify(answer.redirectTo)} (status ${answer.reply.status})`);
    const viaAuthJs = await credentials(base, { email, password: SPRAY_PASSWORD, callbackUrl: target }, from);
    if (leavesSite(viaAuthJs.location, base)) callback += 1;
    report.check("probe", `Auth.js callbackUrl=${JSON.stringify(target).slice(0, 40)}`, viaAuthJs.outcome === "signed-in" && !leavesSite(viaAuthJs.location, base), `credentials callback answered ${viaAuthJs.outcome}, Location ${JSON.stringify(viaAuthJs.location)}`);
  }

  // The staff code step: password, then the authenticator code with a hostile `next`.
  const [staff] = await sql<{ totp_secret: string }[]>`select totp_secret from users where id = ${fixtures.staff.id}`;
  const secret = decryptSecret(AUTH_SECRET, staff!.totp_secret, fixtures.staff.id)!;
  const first = await action(base, signIn, "/en/sign-in", [{ email: fixtures.staff.email, password: SPRAY_PASSWORD, next: HOSTILE_REDIRECTS[0] }], from);
  const ticket = cookiesOf(first.reply);
  const code = actionId("app/[locale]/(auth)/sign-in/actions.ts", "secondFactorAction");
  const second = await action(base, code, "/en/sign-in/verify", [{ code: totp(secret, Date.now() / 1000), next: HOSTILE_REDIRECTS[0] }], from, ticket);
  report.check("probe", "staff code step with next=/%09/evil.example/x", !!ticket && second.redirectTo !== undefined && !leavesSite(second.redirectTo, base) && !leavesSite(first.redirectTo ?? "", base), `password step → ${JSON.stringify(first.redirectTo)}, code step → ${JSON.stringify(second.redirectTo)} (status ${second.reply.status})`);
  console.log(`  open redirect: ${HOSTILE_REDIRECTS.length} targets × 3 ways; echoed ${echoed}, action redirects off-site ${redirected}, Auth.js redirects off-site ${callback}`);
}

export async function sessionReplayProbes(ctx: AttackContext): Promise<void> {
  const { base, report, fixtures } = ctx;
  const from = "127.0.0.202";
  const email = fixtures.sprayEmails[11]!;

  // Auth.js sign-out (POST /api/auth/signout), then the copied cookie.
  const session = await credentials(base, { email, password: SPRAY_PASSWORD, callbackUrl: "/en/account" }, from);
  const before = await isSignedIn(base, session.cookie, from);
  const csrf = await send(base, "/api/auth/csrf", { localAddress: from, headers: { cookie: session.cookie } });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  await send(base, "/api/auth/signout", { method: "POST", localAddress: from, headers: { cookie: `${session.cookie}; ${cookiesOf(csrf)}`, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken, callbackUrl: "/en" }).toString() });
  const replayed = await isSignedIn(base, session.cookie, from);
  report.check("probe", "investor cookie replayed after POST /api/auth/signout", before && !replayed, before ? "the copied cookie still opens the account page after sign-out" : "could not sign in for the probe");

  // The account page's sign-out action.
  const again = await credentials(base, { email, password: SPRAY_PASSWORD, callbackUrl: "/en/account" }, from);
  await send(base, "/en/account", { method: "POST", localAddress: from, headers: { ...actionHeaders(actionId(ACCOUNT_FILE, "signOutAction"), base), cookie: again.cookie }, body: "[]" });
  report.check("probe", "investor cookie replayed after the account page's sign-out", !(await isSignedIn(base, again.cookie, from)), "the copied cookie still opens the account page after sign-out");

  // "Sign out on all other devices": the other device's cookie dies, this one stays.
  const here = await credentials(base, { email, password: SPRAY_PASSWORD, callbackUrl: "/en/account" }, from);
  const laptop = await credentials(base, { email, password: SPRAY_PASSWORD, callbackUrl: "/en/account" }, "127.0.0.203");
  await action(base, actionId(ACCOUNT_FILE, "signOutOtherDevicesAction"), "/en/account", [], from, here.cookie);
  const laptopAfter = await isSignedIn(base, laptop.cookie, "127.0.0.203");
  const hereAfter = await isSignedIn(base, here.cookie, from);
  report.check("probe", "sign out on all other devices", !laptopAfter && hereAfter, `other device still signed in: ${laptopAfter}; this device still signed in: ${hereAfter}`);
}

export async function strangerLockoutProbes(ctx: AttackContext): Promise<void> {
  const { base, report, fixtures } = ctx;
  // Twelve wrong passwords, each from another address, then the owner from a new one.
  for (const [label, email, expected] of [
    ["investor", fixtures.sprayEmails[12]!, "signed-in"],
    ["staff", fixtures.staff.email, "second-factor"],
  ] as const) {
    const wrong: string[] = [];
    for (let i = 0; i < 12; i += 1) wrong.push((await credentials(base, { email, password: `stranger guess ${i}`, callbackUrl: "/en/account" }, `127.0.1.${label === "staff" ? 100 + i : i + 1}`)).outcome);
    const started = Date.now();
    const owner = await credentials(base, { email, password: SPRAY_PASSWORD, callbackUrl: "/en/account" }, label === "staff" ? "127.0.2.2" : "127.0.2.1");
    console.log(`  lockout by strangers (${label}): 12 wrong from 12 addresses → ${[...new Set(wrong)].join(", ")}; owner from a new address → ${owner.outcome} in ${Date.now() - started} ms`);
    report.check("probe", `${label}: 12 wrong passwords from 12 addresses, then the owner from a new one`, owner.outcome === expected, `the owner's right password answered ${owner.outcome}: strangers locked the account`);
  }
}

export async function spoofedAddressProbes(ctx: AttackContext): Promise<void> {
  const { base, report, sql } = ctx;
  const from = "127.0.0.204";
  const spoofed = "203.0.113.250";
  const forgedStamp = "203.0.113.251";
  // Spread over many accounts, each attempt claiming a new address: the one address must still be limited.
  const outcomes: string[] = [];
  for (let i = 0; i < 35; i += 1) {
    outcomes.push((await credentials(base, { email: `nobody-${i}@example.com`, password: "wrong password here", callbackUrl: "/en" }, from, { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}`, [CLIENT_ADDRESS_HEADER]: forgedStamp })).outcome);
  }
  report.check("probe", "35 sign-ins from one address, each with a new X-Forwarded-For / X-Real-IP / forged address stamp", outcomes.at(-1) === "throttled", `last answers: ${outcomes.slice(-3).join(", ")}: a client escapes the per-address limit by naming a new address`);
  await credentials(base, { email: "nobody-audit@example.com", password: "wrong password here", callbackUrl: "/en" }, "127.0.0.205", { "x-forwarded-for": spoofed, [CLIENT_ADDRESS_HEADER]: forgedStamp });
  const rows = await sql<{ ip: string | null; n: number }[]>`
    select ip, count(*)::int as n from audit_events where ip in (${spoofed}, ${forgedStamp}, '127.0.0.205') group by ip`;
  const byIp = new Map(rows.map((row) => [row.ip, row.n]));
  report.check("probe", "audit rows record the socket's address, not a header", !byIp.has(spoofed) && !byIp.has(forgedStamp) && byIp.has("127.0.0.205"), `audit addresses: ${JSON.stringify(Object.fromEntries(byIp))}`, "medium");
}
