import type { AttackContext } from "./context";
import { send } from "./http";

// ASVS V14.2.1 (no sensitive data in URLs): a form handled by JavaScript but
// rendered without method="post" is submitted by GET before hydration (slow
// network, a script blocked), putting the password or code in the URL, the
// history and the proxy's access log. Found by wapiti's crawl (it listed
// /en/sign-in?email=…&password=…).

const SENSITIVE = /type="password"|name="(?:password|current|confirm|code|token|email|pendingToken)"/;

export async function formProbes(ctx: AttackContext): Promise<void> {
  const { base, fixtures, report } = ctx;
  const pages: Array<[string, string | undefined]> = [
    ["/en/sign-in", undefined],
    ["/en/register", undefined],
    ["/en/forgot-password", undefined],
    ["/en/reset-password?token=abc", undefined],
    ["/en/verify-email?token=abc", undefined],
    ["/en/sez/eligibility", undefined],
    ["/en/sez/savings", undefined],
    ["/en/account", fixtures.other.cookie],
    [`/en/applications/${fixtures.application.id}`, fixtures.owner.cookie],
    [`/en/admin/applications/${fixtures.application.id}`, fixtures.staff.cookie],
    ["/en/admin/users", fixtures.staff.cookie],
    ["/en/admin/content", fixtures.staff.cookie],
  ];
  let forms = 0;
  for (const [path, cookie] of pages) {
    const reply = await send(base, path, { headers: cookie ? { cookie } : {} });
    for (const match of reply.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
      forms += 1;
      const attributes = match[1]!;
      const method = /\bmethod="(\w+)"/i.exec(attributes)?.[1]?.toLowerCase();
      if (method === "post" || method === "get") continue; // explicit: POST, or a deliberate GET search form
      const sensitive = SENSITIVE.test(match[2]!);
      report.add({ tool: "probe", target: `GET ${path}`, finding: `form without method="post" (${sensitive ? "carries a password, code, token or e-mail" : "no secret fields"}): submitted by GET before hydration`, severity: sensitive ? "medium" : "low" });
    }
  }
  report.check("probe", `form methods on ${pages.length} pages`, forms > 0, "no forms found: the probe is not looking at the right pages", "medium");
  console.log(`  forms: ${forms} form(s) on ${pages.length} pages checked`);
}
