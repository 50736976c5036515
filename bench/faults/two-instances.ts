/**
 * Two app instances behind nginx on one database. Proves: a session works on
 * either instance (same AUTH_SECRET, session checked against the shared
 * database); throttling is shared (the 31st submission of an account in the
 * hour is refused whichever instance gets it); both outbox workers run and
 * each e-mail is delivered once; and SIGKILL of one instance under load
 * loses nothing acknowledged (nginx passes the failed request on). Documents
 * live in a real S3-protocol server (s3rver on 127.0.0.1) and each instance has
 * its own DATA_DIR: a document uploaded through one instance is downloaded
 * through the other only if both really read the bucket.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type postgres from "postgres";
import { startS3Server } from "@/lib/testing/s3-server";
import { startApp, type AppServer } from "../lib/app-server";
import { createInvestors, type Investor } from "../lib/investors";
import { submitOnce } from "../lib/submissions";
import { runFault, sleep } from "./harness";
import { jobsFor, Load, loopbackAddress, networkErrors, reportLoad, sendFromAddress } from "./load";
import { nginxAvailable, startNginx } from "./nginx";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

const PORTS = [3201, 3202];
const SMTP_PORTS = [3295, 3296]; // one sink per instance: who delivered what
const NGINX_PORT = 3290;

async function signedInPage(baseUrl: string, investor: Investor, cookie = true): Promise<number> {
  const response = await fetch(`${baseUrl}/en/applications`, { headers: cookie ? { cookie: investor.cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

/** Waits until no e-mail is pending, then compares the outbox with what the sinks received. */
async function checkMail(sql: postgres.Sql, sinks: SmtpSink[], label: string, failures: string[], afterCrash = false): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 250) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from email_outbox where status = 'pending'`;
    if (row!.n === 0) break;
    await sleep(250);
  }
  const rows = await sql<{ recipient: string; n: number; sent: number }[]>`
    select lower(recipient) as recipient, count(*)::int as n, count(*) filter (where status = 'sent')::int as sent from email_outbox group by 1`;
  let missing = 0;
  let duplicated = 0;
  for (const { recipient, n } of rows) {
    const delivered = sinks.reduce((sum, sink) => sum + (sink.deliveries.get(recipient) ?? 0), 0);
    if (delivered < n) missing += n - delivered;
    if (delivered > n) duplicated += delivered - n;
  }
  const outbox = rows.reduce((sum, row) => sum + row.n, 0);
  const sent = rows.reduce((sum, row) => sum + row.sent, 0);
  console.log(`  e-mail (${label})  outbox ${outbox} (sent ${sent}); delivered ${sinks.map((sink, i) => `instance ${i + 1}: ${sink.total()}`).join(", ")}; missing ${missing}, delivered twice ${duplicated}`);
  if (missing > 0) failures.push(`${label}: ${missing} outbox e-mails never delivered`);
  // A message may go out twice if an instance dies between the SMTP server's
  // answer and its own commit (at-least-once across a crash): reported, not failed.
  if (duplicated > 0 && !afterCrash) failures.push(`${label}: ${duplicated} e-mails delivered more than once`);
  if (sinks.some((sink) => sink.total() === 0)) failures.push(`${label}: one instance's outbox worker delivered nothing`);
}

async function documentAcrossInstances(sql: postgres.Sql, uploadUrl: string, downloadUrl: string): Promise<string[]> {
  const [investor] = await createInvestors(sql, 1, 1, "document");
  const pdf = new TextEncoder().encode(`%PDF-1.7\n% two-instances ${Date.now()}\n${"x".repeat(200_000)}\n%%EOF\n`);
  const upload = await fetch(`${uploadUrl}/api/applications/${investor!.drafts[0]}/documents/charter`, {
    method: "POST",
    headers: { cookie: investor!.cookie, "content-type": "application/pdf", "x-file-name": "charter.pdf" },
    body: pdf,
  });
  const uploaded = (await upload.json()) as { ok: boolean; document?: { id: string } };
  const download = uploaded.document ? await fetch(`${downloadUrl}/api/documents/${uploaded.document.id}`, { headers: { cookie: investor!.cookie } }) : undefined;
  const bytes = download ? new Uint8Array(await download.arrayBuffer()) : new Uint8Array();
  const same = bytes.byteLength === pdf.byteLength && bytes.every((byte, i) => byte === pdf[i]);
  console.log(`  document           upload through instance 1: ${upload.status}; download through instance 2: ${download?.status ?? "-"}, ${bytes.byteLength} of ${pdf.byteLength} bytes, ${same ? "identical" : "DIFFERENT"}`);
  if (upload.status !== 201 || download?.status !== 200 || !same) return ["a document uploaded through one instance was not served unchanged by the other"];
  return [];
}

await runFault("two-instances", async ({ scratch, sql, onCleanup }) => {
  if (!nginxAvailable()) {
    return ["nginx is not installed: `apt-get install -y nginx` (Debian), then run again; the other fault runs do not need it"];
  }
  const failures: string[] = [];
  const sinks = await Promise.all(SMTP_PORTS.map((port) => startSmtpSink(port)));
  onCleanup(() => Promise.all(sinks.map((sink) => sink.close())));
  const s3 = await startS3Server();
  onCleanup(() => s3.close());
  // One after the other: the second start finds the schema migrated and seeded.
  const apps: AppServer[] = [];
  for (const [i, port] of PORTS.entries()) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `lotus-fault-instance-${i + 1}-`));
    onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
    const app = await startApp({
      port,
      databaseUrl: scratch.url,
      logFile: `/tmp/lotus-fault-two-instances-${i + 1}-${process.pid}.log`,
      env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORTS[i]}`, DATA_DIR: dataDir, ...s3.env },
    });
    onCleanup(() => app.stop("SIGKILL"));
    apps.push(app);
  }
  const nginx = await startNginx(NGINX_PORT, PORTS);
  onCleanup(() => nginx.stop());
  console.log(`instances ${apps.map((app) => app.url).join(", ")} behind nginx ${nginx.url} (${nginx.dir}); SMTP sinks :${SMTP_PORTS.join(", :")}; documents in ${s3.endpoint}/${s3.bucket}`);

  // 1. One session cookie, both instances (and nginx).
  const [probe] = await createInvestors(sql, 1, 1, "session");
  const pages = await Promise.all([...apps.map((app) => app.url), nginx.url].map((url) => signedInPage(url, probe!)));
  const anonymous = await signedInPage(nginx.url, probe!, false);
  console.log(`  session            GET /en/applications with the cookie: instance 1 ${pages[0]}, instance 2 ${pages[1]}, nginx ${pages[2]}; without it ${anonymous}`);
  if (pages.some((status) => status !== 200)) failures.push("a session cookie was not honoured by every instance");
  if (anonymous < 300 || anonymous >= 400) failures.push(`anonymous request answered ${anonymous}, expected a redirect to sign-in`);

  // 1b. A document uploaded through instance 1 comes back byte for byte through instance 2.
  failures.push(...(await documentAcrossInstances(sql, apps[0]!.url, apps[1]!.url)));

  // 2. Shared throttle: 30 submissions per account and hour, alternating instances.
  const [limited] = await createInvestors(sql, 1, 32, "throttle");
  const answers: string[] = [];
  for (const [n, draftId] of limited!.drafts.entries()) {
    const outcome = await submitOnce(apps[n % 2]!.url, limited!.cookie, draftId, `10.251.0.${n + 1}`);
    answers.push(`${outcome.status}@${(n % 2) + 1}`);
  }
  const ok = answers.filter((a) => a.startsWith("200")).length;
  console.log(`  shared throttle    32 submissions of one account, alternating instances: ${ok} × 200; #31 ${answers[30]}, #32 ${answers[31]} (status@instance)`);
  if (ok !== 30 || !answers[30]!.startsWith("429") || !answers[31]!.startsWith("429")) failures.push(`throttle not shared: ${answers.join(" ")}`);

  // 3. Load through nginx, both instances up; then every e-mail exactly once.
  const first = await createInvestors(sql, 300, 1, "both");
  const steady = new Load({ baseUrl: nginx.url, jobs: jobsFor(first, loopbackAddress), send: sendFromAddress, clients: 6, rate: 30, deadline: Date.now() + 12_000 });
  await steady.run();
  failures.push(...(await reportLoad(sql, steady, "both instances up")).failures);
  console.log(`  nginx upstreams    ${[...nginx.upstreams()].map(([upstream, n]) => `${upstream} ${n}`).join(", ")}`);
  await checkMail(sql, sinks, "both up", failures);

  // 4. SIGKILL one instance mid-load. Six submissions are held inside their
  // transaction by a row lock across the kill: those on instance 2 die with it
  // mid-transaction, nginx passes them to instance 1, and each must end up
  // submitted exactly once.
  const second = await createInvestors(sql, 600, 1, "kill");
  const heldInvestors = await createInvestors(sql, 6, 1, "held");
  const heldIds = heldInvestors.map((investor) => investor.drafts[0]!);
  const killLoad = new Load({ baseUrl: nginx.url, jobs: jobsFor(second, (i) => loopbackAddress(i + 1000)), send: sendFromAddress, clients: 6, rate: 30, deadline: Date.now() + 18_000 });
  const running = killLoad.run();
  await sleep(5000);
  const locker = await sql.reserve();
  onCleanup(() => locker.release());
  await locker`begin`;
  await locker`select id from applications where id = any(${heldIds}::uuid[]) for update`;
  const heldStart = Date.now();
  const held = heldInvestors.map((investor, i) =>
    sendFromAddress(nginx.url, { investor, draftId: heldIds[i]!, address: loopbackAddress(2000 + i) }).then((outcome) => {
      killLoad.samples.push({ start: heldStart, end: Date.now(), status: outcome.status, kind: outcome.kind, draftId: heldIds[i]! });
      return outcome;
    }),
  );
  for (let waited = 0; waited < 3000; waited += 100) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${scratch.name} and wait_event_type = 'Lock'`;
    if (row!.n >= heldIds.length) break;
    await sleep(100);
  }
  const killAt = Date.now();
  const inFlight = killLoad.inFlight + held.length;
  apps[1]!.child.kill("SIGKILL");
  await sleep(1000);
  await locker`commit`;
  const heldOutcomes = await Promise.all(held);
  heldOutcomes.forEach((outcome, i) => killLoad.ledger.record(heldIds[i]!, outcome));
  await running;
  const { failures: killFailures } = await reportLoad(sql, killLoad, "SIGKILL instance 2", heldIds);
  failures.push(...killFailures);
  const after = killLoad.samples.filter((s) => s.start >= killAt);
  const around = killLoad.samples.filter((s) => s.start < killAt && s.end > killAt && !heldIds.includes(s.draftId));
  console.log(`  at the kill        ${inFlight} requests in flight: ${held.length} held in their transaction (${heldOutcomes.map((o) => o.status || "network").join(", ")}), load ${around.map((s) => s.status || "network").join(", ") || "none"}; after it ${after.length} load requests, ${after.filter((s) => s.status === 200).length} × 200`);
  if (heldOutcomes.some((o) => o.kind !== "ack")) failures.push("a held submission was not acknowledged after the kill");
  console.log(`  nginx upstreams    ${[...nginx.upstreams()].map(([upstream, n]) => `${upstream} ${n}`).join(", ")}`);
  console.log(`  client errors      ${[...networkErrors].map(([code, n]) => `${code} ${n}`).join(", ") || "none"}`);
  await checkMail(sql, sinks, "after the kill", failures, true);
  return failures;
});
