import { SPRAY_PASSWORD } from "./fixtures";
import type { AttackContext } from "./context";
import { cookiesOf, header, send } from "./http";

// SECURITY-CHECKS #15: one password tried against 50 accounts from one
// address gets throttled, also when the client rotates X-Forwarded-For: the
// run talks to the app directly (no TRUSTED_PROXIES), so the socket's address
// is the client's, whatever the header says (lib/security/client-address.ts).
// "Another address" is a real one: another loopback source address.

const PROXY_APPENDED = "198.51.100.23";
const randomAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

async function attempt(base: string, email: string, password: string, forwardedFor: string, localAddress?: string): Promise<"throttled" | "refused" | "signed-in" | string> {
  const csrf = await send(base, "/api/auth/csrf", { headers: { "x-forwarded-for": forwardedFor }, localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await send(base, "/api/auth/callback/credentials", {
    method: "POST",
    localAddress,
    headers: { cookie: cookiesOf(csrf), "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/en/account" }).toString(),
  });
  const location = header(reply, "location");
  if (location.includes("code=throttled")) return "throttled";
  if (cookiesOf(reply).includes("authjs.session-token=")) return "signed-in";
  if (/error=CredentialsSignin/.test(location)) return "refused";
  return `status ${reply.status} ${location}`;
}

export async function sprayProbes(ctx: AttackContext): Promise<void> {
  const { base, sql, fixtures, report } = ctx;
  const emails = fixtures.sprayEmails;
  const outcomes: string[] = [];
  for (const email of emails) outcomes.push(await attempt(base, email, "Winter2026!Lotus", `${randomAddress()}, ${PROXY_APPENDED}`));
  const throttled = outcomes.filter((o) => o === "throttled").length;
  const firstThrottled = outcomes.indexOf("throttled") + 1;
  console.log(`  spray: ${throttled}/50 throttled, first at attempt ${firstThrottled || "-"}; others: ${[...new Set(outcomes.filter((o) => o !== "throttled"))].join(", ")}`);
  report.check("probe", "password spray: 50 accounts, rotating left X-Forwarded-For", throttled >= 15 && outcomes.at(-1) === "throttled" && !outcomes.includes("signed-in"), `only ${throttled}/50 attempts throttled (${outcomes.slice(-3).join(", ")})`, "high");

  // The right password from the throttled address is refused too (the limit is not only for failures shown).
  const right = await attempt(base, emails[49]!, SPRAY_PASSWORD, `${randomAddress()}, ${PROXY_APPENDED}`);
  report.check("probe", "correct password from the throttled address", right === "throttled", `answered ${right}`, "high");
  // No permanent lockout: the real user from another address still gets in.
  const elsewhere = await attempt(base, emails[0]!, SPRAY_PASSWORD, `${randomAddress()}, 198.51.100.99`, "127.0.0.99");
  report.check("probe", "real user from another address after the spray", elsewhere === "signed-in", `answered ${elsewhere}: the spray locked the account out`, "medium");
  const audited = await sql<{ n: number }[]>`select count(*)::int as n from audit_events where action = 'auth.sign_in_throttled'`;
  report.check("probe", "throttling is audited", audited[0]!.n > 0, "no auth.sign_in_throttled audit row", "low");

  // The same spray sent all at once (a check that only counts after the password check lets a burst through).
  const burst = await Promise.all(emails.map((email) => attempt(base, email, "Summer2026!Lotus", `${randomAddress()}, 198.51.100.77`)));
  const checked = burst.filter((o) => o === "refused").length;
  console.log(`  concurrent spray: ${checked}/50 passwords checked, ${burst.filter((o) => o === "throttled").length} throttled`);
  report.check("probe", "password spray: 50 accounts at once from one address", checked <= 30 && !burst.includes("signed-in"), `${checked} of 50 concurrent attempts had their password checked (address limit 30): the limit is raced`, "high");

  // Without a reverse proxy the client could write X-Forwarded-For itself: it must not count.
  const direct: string[] = [];
  for (const email of emails.slice(0, 40)) direct.push(await attempt(base, email, "Spring2026!Lotus", randomAddress(), "127.0.0.98"));
  const directThrottled = direct.filter((o) => o === "throttled").length;
  report.check("probe", "spray with a whole spoofed X-Forwarded-For (no reverse proxy in front)", directThrottled >= 10 && direct.at(-1) === "throttled", `${directThrottled}/40 throttled: a client rotating X-Forwarded-For escapes the per-address limit (lib/security/client-address.ts)`, "high");
}
