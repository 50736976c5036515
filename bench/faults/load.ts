import http from "node:http";
import type postgres from "postgres";
import type { Investor } from "../lib/investors";
import { checkLedger, Ledger, submitOnce, type LedgerCheck, type SubmitOutcome } from "../lib/submissions";
import { sleep } from "./harness";

/** One draft to submit, with the client address its investor appears from. */
export interface Job {
  investor: Investor;
  draftId: string;
  /** The investor's address: X-Forwarded-For directly, or the loopback source address through nginx. */
  address: string;
}

/** Each investor gets its own address so the per-address throttle (60/h) never trips. */
export function jobsFor(investors: Investor[], addressOf: (index: number) => string = forwardedAddress): Job[] {
  const jobs: Job[] = [];
  const most = Math.max(...investors.map((investor) => investor.drafts.length));
  // Round-robin over investors: consecutive requests come from different accounts.
  for (let d = 0; d < most; d++) {
    investors.forEach((investor, i) => {
      const draftId = investor.drafts[d];
      if (draftId) jobs.push({ investor, draftId, address: addressOf(i) });
    });
  }
  return jobs;
}

export const forwardedAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
/** 127.0.0.0/8 is all loopback on Linux: binding the client socket to one gives nginx a distinct $remote_addr. */
export const loopbackAddress = (i: number) => `127.10.${Math.floor(i / 250)}.${(i % 250) + 1}`;

export type Send = (baseUrl: string, job: Job) => Promise<SubmitOutcome>;

/** Direct to an app instance: the address travels as nginx would append it. */
export const sendDirect: Send = (baseUrl, job) => submitOnce(baseUrl, job.investor.cookie, job.draftId, job.address);

/** Why requests through nginx failed without an HTTP answer (error code → count), for the report. */
export const networkErrors = new Map<string, number>();
const countNetworkError = (error: NodeJS.ErrnoException) => networkErrors.set(error.code ?? error.message, (networkErrors.get(error.code ?? error.message) ?? 0) + 1);

/** Through nginx: a fresh connection from the investor's own loopback address, nginx appends it. */
export const sendFromAddress: Send = (baseUrl, job) =>
  new Promise((resolve) => {
    const url = new URL(`${baseUrl}/api/applications/${job.draftId}/submit`);
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: "POST", localAddress: job.address, agent: false, headers: { cookie: job.investor.cookie }, timeout: 10_000 },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          if (status === 200) {
            const reference = (JSON.parse(text) as { reference?: string }).reference;
            resolve(reference ? { kind: "ack", status, reference } : { kind: "error", status, body: text });
          } else if (status === 503 || status === 502 || status === 429) resolve({ kind: "retryable", status });
          else resolve({ kind: "error", status, body: text.slice(0, 300) });
        });
        response.on("error", (error) => {
          countNetworkError(error);
          resolve({ kind: "retryable", status: 0 });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => {
      countNetworkError(error);
      resolve({ kind: "retryable", status: 0 });
    });
    request.end();
  });

export interface Sample {
  start: number;
  end: number;
  status: number;
  kind: SubmitOutcome["kind"];
  draftId: string;
}

export interface LoadOptions {
  baseUrl: string;
  jobs: Job[];
  /** Concurrent client loops. */
  clients: number;
  /** Requests per second over all clients (retries included). */
  rate: number;
  /** Epoch milliseconds: no request starts after this. */
  deadline: number;
  send?: Send;
  /** Pause before retrying a draft after a retryable answer. */
  retryDelayMs?: number;
}

/**
 * A steady submission load: each client takes the next draft and retries it on
 * a retryable answer (503, 502, 429, refused/reset connection) until it is
 * acknowledged or the deadline passes, the way a careful API client would.
 */
export class Load {
  readonly ledger = new Ledger();
  readonly samples: Sample[] = [];
  inFlight = 0;
  private next = 0;
  private nextSlot = 0;
  private stopped = false;

  constructor(private readonly options: LoadOptions) {}

  stop(): void {
    this.stopped = true;
  }

  get draftIds(): string[] {
    return this.options.jobs.map((job) => job.draftId);
  }

  async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.clients }, () => this.client()));
  }

  private over(): boolean {
    return this.stopped || Date.now() >= this.options.deadline;
  }

  private async pace(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.options.rate;
    if (slot > now) await sleep(slot - now);
  }

  private async client(): Promise<void> {
    const send = this.options.send ?? sendDirect;
    while (!this.over()) {
      const job = this.options.jobs[this.next++];
      if (!job) return;
      for (;;) {
        await this.pace();
        if (this.over()) return;
        const start = Date.now();
        this.inFlight += 1;
        const outcome = await send(this.options.baseUrl, job);
        this.inFlight -= 1;
        this.samples.push({ start, end: Date.now(), status: outcome.status, kind: outcome.kind, draftId: job.draftId });
        this.ledger.record(job.draftId, outcome);
        if (outcome.kind !== "retryable") break;
        await sleep(this.options.retryDelayMs ?? 250);
      }
    }
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Prints the common part of every report and returns the failed checks. */
export async function reportLoad(sql: postgres.Sql, load: Load, label: string, otherDraftIds: string[] = []): Promise<{ check: LedgerCheck; failures: string[] }> {
  const check = await checkLedger(sql, load.ledger, [...load.draftIds, ...otherDraftIds]);
  const latencies = load.samples.map((sample) => sample.end - sample.start);
  const span = load.samples.length ? (Math.max(...load.samples.map((s) => s.end)) - Math.min(...load.samples.map((s) => s.start))) / 1000 : 0;
  console.log(`\n[${label}]`);
  console.log(`  requests        ${load.samples.length} in ${span.toFixed(1)} s (${(load.samples.length / Math.max(span, 0.001)).toFixed(1)} req/s)`);
  console.log(`  statuses        ${load.ledger.statusSummary()}`);
  console.log(`  latency ms      p50 ${percentile(latencies, 50)}, p95 ${percentile(latencies, 95)}, max ${percentile(latencies, 100)}`);
  console.log(`  acknowledged    ${check.acknowledged}`);
  console.log(`  lost            ${check.lost}`);
  console.log(`  duplicated      ${check.duplicated}`);
  console.log(`  partial         ${check.partial}`);
  console.log(`  false success   ${load.ledger.falseSuccess}`);
  console.log(`  submitted, answer lost (allowed) ${check.unacknowledgedSubmitted}`);
  for (const error of load.ledger.errors) console.log(`  unexpected answer: ${error}`);
  const failures: string[] = [];
  if (check.acknowledged === 0) failures.push(`${label}: nothing was acknowledged`);
  if (check.lost > 0) failures.push(`${label}: ${check.lost} acknowledged submissions lost`);
  if (check.duplicated > 0) failures.push(`${label}: ${check.duplicated} submissions duplicated`);
  if (check.partial > 0) failures.push(`${label}: ${check.partial} submissions partial`);
  if (load.ledger.falseSuccess > 0) failures.push(`${label}: ${load.ledger.falseSuccess} false successes (a retry got another reference)`);
  const unexpected = load.samples.filter((sample) => sample.kind === "error").length;
  if (unexpected > 0) failures.push(`${label}: ${unexpected} answers neither success nor retryable (e.g. 500)`);
  return { check, failures };
}
