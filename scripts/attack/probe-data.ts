import http from "node:http";
import { waitHealthy } from "@/bench/lib/app-server";
import { externalAddress, startDemoServer } from "@/bench/lib/demo-server";
import { createInvestors } from "@/bench/lib/investors";
import { submitOnce } from "@/bench/lib/submissions";
import type { AttackContext } from "./context";
import { send } from "./http";

// Issue 12 items 6–8: the data classes of hole. Impossible dates and a malformed
// X-File-Name must be a 4xx, never a 500; a document cannot land in a submitted
// application; the demo mailbox is unreachable from anywhere but loopback.

const PDF = Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n");

export async function inputProbes(ctx: AttackContext): Promise<void> {
  const { base, fixtures, report } = ctx;
  const staff = { cookie: fixtures.staff.cookie };
  for (const [path, expect] of [
    ["/api/admin/export?from=2024-02-30", 400],
    ["/api/admin/export?to=2023-02-29", 400],
    ["/en/admin/applications?from=2024-02-30&to=2026-04-31", 200],
    ["/en/admin/audit?from=2024-02-30", undefined],
  ] as const) {
    const reply = await send(base, path, { headers: staff });
    const ok = expect === undefined ? reply.status > 0 && reply.status < 500 : reply.status === expect;
    report.check("probe", `impossible date ${path}`, ok, `answered ${reply.status}${reply.error ? ` (${reply.error})` : ""}, expected ${expect ?? "no 5xx"}`, "medium");
  }
  for (const name of ["%E0%A4%A", "%", "%zz.pdf"]) {
    const reply = await send(base, `/api/applications/${fixtures.application.id}/documents/charter`, {
      method: "POST",
      headers: { cookie: fixtures.owner.cookie, "content-type": "application/octet-stream", "x-file-name": name },
      body: PDF,
    });
    report.check("probe", `X-File-Name ${name}`, reply.status === 400, `answered ${reply.status}, expected 400`, "medium");
  }
}

/** A raw upload whose body arrives in two parts: the second only when `finish()` is called. */
function slowUpload(base: string, cookie: string, applicationId: string) {
  const origin = new URL(base);
  let resolveStatus!: (status: number) => void;
  const status = new Promise<number>((resolve) => (resolveStatus = resolve));
  const request = http.request(
    { host: origin.hostname, port: origin.port, method: "POST", path: `/api/applications/${applicationId}/documents/charter`, agent: false, headers: { cookie, "content-type": "application/octet-stream", "x-file-name": "charter.pdf", "content-length": PDF.length } },
    (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    },
  );
  request.on("error", () => resolveStatus(0));
  request.write(PDF.subarray(0, 8));
  return { status, finish: () => request.end(PDF.subarray(8)) };
}

export async function raceProbes(ctx: AttackContext): Promise<void> {
  const { base, sql, report } = ctx;
  const [investor] = await createInvestors(sql, 1, 2, "attack-race");
  const [straddled, concurrent] = investor!.drafts;
  const documents = async (id: string) => (await sql<{ n: number }[]>`select count(*)::int as n from application_documents where application_id = ${id}`)[0]!.n;

  // A slow upload straddles the submit: refused (409), nothing added to the submitted application.
  const upload = slowUpload(base, investor!.cookie, straddled!);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const submit = await submitOnce(base, investor!.cookie, straddled!, "198.51.100.7");
  upload.finish();
  const uploadStatus = await upload.status;
  report.check("probe", "upload straddling a submit", submit.kind === "ack" && uploadStatus === 409 && (await documents(straddled!)) === 0,
    `submit ${submit.status}, upload ${uploadStatus}, ${await documents(straddled!)} document(s) in the submitted application`, "high");

  // Uploads into every slot at once with the submit: each is stored (201) or refused (409); the rows match.
  const slots = ["state_registration", "tax_registration", "charter", "business_plan", "financing_proof"];
  const results = await Promise.all([
    submitOnce(base, investor!.cookie, concurrent!, "198.51.100.8"),
    ...slots.map((slot) => send(base, `/api/applications/${concurrent}/documents/${slot}`, { method: "POST", headers: { cookie: investor!.cookie, "content-type": "application/octet-stream", "x-file-name": `${slot}.pdf` }, body: PDF })),
  ]);
  const statuses = results.slice(1).map((reply) => ("status" in reply ? reply.status : 0));
  const stored = statuses.filter((status) => status === 201).length;
  const rows = await documents(concurrent!);
  report.check("probe", "uploads racing a submit", results[0]!.kind === "ack" && statuses.every((status) => status === 201 || status === 409) && rows === stored,
    `upload answers ${statuses.join(", ")}; ${rows} row(s) for ${stored} stored`, "high");
}

/**
 * Demo mode, started as the quick start would be but on every interface:
 * refused without confirmation; with it, the mailbox answers loopback and
 * is a 404 from the machine's other address, whatever the headers claim.
 */
export async function demoModeProbes(ctx: AttackContext, port: number): Promise<void> {
  const { report } = ctx;
  const refused = startDemoServer(port, false);
  const code = await Promise.race([refused.exited, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 60_000))]);
  await refused.stop();
  report.check("probe", "demo mode on 0.0.0.0", code === 1 && /demo mode/.test(refused.stderr()), `exit ${code}; stderr ${JSON.stringify(refused.stderr().slice(0, 200))}`, "high");

  const external = externalAddress();
  if (!external) {
    report.add({ tool: "probe", target: "demo mailbox", finding: "no non-loopback IPv4 address on this machine: the mailbox-from-the-network probe could not run", severity: "low" });
    return;
  }
  const confirmed = startDemoServer(port, true);
  try {
    await waitHealthy(`http://127.0.0.1:${port}`, 120_000, confirmed.exited);
    const local = await send(`http://127.0.0.1:${port}`, "/en/dev/mailbox");
    const remote = await send(`http://${external}:${port}`, "/en/dev/mailbox", { headers: { "x-forwarded-for": "127.0.0.1", "x-lotus-peer-address": "127.0.0.1" } });
    report.check("probe", "demo mailbox from loopback", local.status === 200, `answered ${local.status}, expected 200 (the quick start's mailbox)`, "low");
    report.check("probe", `demo mailbox from ${external}`, remote.status === 404 && !remote.body.includes("e-mails in the outbox"), `answered ${remote.status} to a request from ${external}`, "high");
  } finally {
    await confirmed.stop();
  }
}
