/**
 * Bursts from one account and one address (SECURITY.md #32): 100 concurrent
 * submissions and 250 concurrent uploads from one investor on one address,
 * and 80 accounts submitting once each from one shared address. Proves:
 * exactly the allowed number succeed (submit 30/account, 60/address; upload
 * 60/account), every other answer is 429 with a positive Retry-After and
 * nothing else (no 500); another investor on another address submits and
 * uploads during and after the burst as if nothing happened; the database
 * holds exactly the allowed number of submissions.
 */
import { startApp } from "../lib/app-server";
import { createInvestors, type Investor } from "../lib/investors";
import { runFault } from "./harness";
import { percentile } from "./load";

const PORT = 3220;
const SUBMITS = 100;
const UPLOADS = 250;
const SHARED_ADDRESS_ACCOUNTS = 80;
/** lib/security/rate-limit.ts RULES */
const LIMIT = { submitAccount: 30, submitAddress: 60, uploadAccount: 60 };
/** The smallest body the upload route takes as a PDF (type by magic bytes). */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

interface Answer {
  status: number; // 0: no HTTP answer
  retryAfter: string | null;
  ms: number;
  body: string;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
    const body = await response.text();
    return { status: response.status, retryAfter: response.headers.get("retry-after"), ms: Math.round(performance.now() - started), body: body.slice(0, 200) };
  } catch (error) {
    return { status: 0, retryAfter: null, ms: Math.round(performance.now() - started), body: error instanceof Error ? error.message : String(error) };
  }
}

const submit = (base: string, investor: Investor, draftId: string, address: string) =>
  send(`${base}/api/applications/${draftId}/submit`, { method: "POST", headers: { cookie: investor.cookie, "x-forwarded-for": address } });

const upload = (base: string, investor: Investor, draftId: string, address: string, slot = "business_plan") =>
  send(`${base}/api/applications/${draftId}/documents/${slot}`, {
    method: "POST",
    headers: { cookie: investor.cookie, "x-forwarded-for": address, "content-type": "application/pdf", "x-file-name": "plan.pdf" },
    body: PDF,
  });

function summary(answers: Answer[]): string {
  const counts = new Map<number, number>();
  for (const answer of answers) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status || "network"}: ${n}`).join(", ");
}

/** Exactly `allowed` successes, the rest 429 with a positive integer Retry-After: the failed checks. */
function judge(label: string, answers: Answer[], success: number, allowed: number): string[] {
  const failures: string[] = [];
  const ok = answers.filter((a) => a.status === success).length;
  const throttled = answers.filter((a) => a.status === 429);
  const badRetry = throttled.filter((a) => !/^\d+$/.test(a.retryAfter ?? "") || Number(a.retryAfter) < 1).length;
  const other = answers.filter((a) => a.status !== success && a.status !== 429);
  const retry = throttled.map((a) => Number(a.retryAfter)).filter(Number.isFinite);
  const latencies = answers.map((a) => a.ms);
  console.log(`\n[${label}]`);
  console.log(`  answers         ${summary(answers)}`);
  console.log(`  Retry-After     ${throttled.length ? `${Math.min(...retry)}–${Math.max(...retry)} s on ${throttled.length - badRetry} of ${throttled.length} 429s` : "none"}`);
  console.log(`  latency ms      p50 ${percentile(latencies, 50)}, p95 ${percentile(latencies, 95)}, max ${percentile(latencies, 100)}`);
  if (ok !== allowed) failures.push(`${label}: ${ok} × ${success}, expected exactly ${allowed}`);
  if (badRetry > 0) failures.push(`${label}: ${badRetry} × 429 without a positive Retry-After`);
  if (other.length > 0) failures.push(`${label}: ${other.length} answers neither ${success} nor 429 (${summary(other)}; e.g. ${other[0]!.body})`);
  return failures;
}

await runFault("burst", async ({ sql, scratch, onCleanup }) => {
  const logFile = `/tmp/lotus-fault-burst-${process.pid}.log`;
  const app = await startApp({ port: PORT, databaseUrl: scratch.url, logFile });
  onCleanup(() => app.stop("SIGKILL"));
  const [attacker] = await createInvestors(sql, 1, SUBMITS + 1, "burst");
  const [bystander] = await createInvestors(sql, 1, 4, "bystander");
  const crowd = await createInvestors(sql, SHARED_ADDRESS_ACCOUNTS, 1, "crowd");
  const a = attacker!;
  const b = bystander!;
  const ATTACKER = "10.66.0.1";
  const BYSTANDER = "10.77.0.1";
  const SHARED = "10.88.0.1";
  console.log(`app ${app.url} (log ${logFile}); attacker ${ATTACKER}, bystander ${BYSTANDER}, ${SHARED_ADDRESS_ACCOUNTS} accounts behind ${SHARED}`);
  const failures: string[] = [];

  // 1. One account, one address: 100 concurrent submissions of 100 drafts, the bystander in the middle of it.
  const submitDrafts = a.drafts.slice(0, SUBMITS);
  const burst = Promise.all(submitDrafts.map((draftId) => submit(app.url, a, draftId, ATTACKER)));
  const bystanderDuring = await submit(app.url, b, b.drafts[0]!, BYSTANDER);
  const submits = await burst;
  failures.push(...judge(`${SUBMITS} submissions, one account, one address`, submits, 200, LIMIT.submitAccount));
  const [{ n: submitted } = { n: -1 }] = await sql<{ n: number }[]>`
    select count(*)::int as n from applications where id = any(${submitDrafts}::uuid[]) and status = 'submitted'`;
  console.log(`  in the database ${submitted} submitted (allowed ${LIMIT.submitAccount})`);
  if (submitted !== LIMIT.submitAccount) failures.push(`database: ${submitted} submissions of the attacker, expected ${LIMIT.submitAccount}`);

  // 2. One account, one address: 250 concurrent uploads into one draft's slot.
  const uploadDraft = a.drafts[SUBMITS]!;
  const uploadBurst = Promise.all(Array.from({ length: UPLOADS }, () => upload(app.url, a, uploadDraft, ATTACKER)));
  const bystanderUploadDuring = await upload(app.url, b, b.drafts[3]!, BYSTANDER);
  const uploads = await uploadBurst;
  failures.push(...judge(`${UPLOADS} uploads, one account, one address`, uploads, 201, LIMIT.uploadAccount));
  const [{ n: documents } = { n: -1 }] = await sql<{ n: number }[]>`
    select count(*)::int as n from application_documents where application_id = ${uploadDraft}`;
  console.log(`  in the database ${documents} document row for the slot (each upload replaces it)`);
  if (documents !== 1) failures.push(`database: ${documents} document rows for the attacker's slot, expected 1`);

  // 3. Many accounts, one address: the per-address rule (60/h) caps what one address spreads over accounts.
  const crowdAnswers = await Promise.all(crowd.map((investor) => submit(app.url, investor, investor.drafts[0]!, SHARED)));
  failures.push(...judge(`${SHARED_ADDRESS_ACCOUNTS} accounts × 1 submission, one address`, crowdAnswers, 200, LIMIT.submitAddress));
  const crowdDrafts = crowd.map((investor) => investor.drafts[0]!);
  const [{ n: crowdSubmitted } = { n: -1 }] = await sql<{ n: number }[]>`
    select count(*)::int as n from applications where id = any(${crowdDrafts}::uuid[]) and status = 'submitted'`;
  console.log(`  in the database ${crowdSubmitted} submitted (allowed ${LIMIT.submitAddress})`);
  if (crowdSubmitted !== LIMIT.submitAddress) failures.push(`database: ${crowdSubmitted} submissions behind the shared address, expected ${LIMIT.submitAddress}`);

  // 4. The bystander (another account, another address) during and after the bursts.
  const bystanderAfter = await submit(app.url, b, b.drafts[1]!, BYSTANDER);
  const bystanderUploadAfter = await upload(app.url, b, b.drafts[2]!, BYSTANDER);
  const attackerAfter = await submit(app.url, a, uploadDraft, ATTACKER);
  console.log(`\n[bystander ${BYSTANDER}, another account]`);
  console.log(`  submit during the burst ${bystanderDuring.status} (${bystanderDuring.ms} ms), after ${bystanderAfter.status} (${bystanderAfter.ms} ms)`);
  console.log(`  upload during the burst ${bystanderUploadDuring.status} (${bystanderUploadDuring.ms} ms), after ${bystanderUploadAfter.status} (${bystanderUploadAfter.ms} ms)`);
  console.log(`  attacker's next submit  ${attackerAfter.status}, Retry-After ${attackerAfter.retryAfter ?? "none"}`);
  if (bystanderDuring.status !== 200 || bystanderAfter.status !== 200) failures.push(`bystander submissions: ${bystanderDuring.status}, ${bystanderAfter.status} (expected 200, 200)`);
  if (bystanderUploadDuring.status !== 201 || bystanderUploadAfter.status !== 201) failures.push(`bystander uploads: ${bystanderUploadDuring.status}, ${bystanderUploadAfter.status} (expected 201, 201)`);
  if (attackerAfter.status !== 429) failures.push(`the attacker's submission after the burst got ${attackerAfter.status}, expected 429`);

  const [{ n: audited } = { n: -1 }] = await sql<{ n: number }[]>`select count(*)::int as n from audit_events where action = 'rate_limit.exceeded'`;
  console.log(`  audit rows      rate_limit.exceeded × ${audited} (once per subject and rule, not per blocked request)`);
  return failures;
});
