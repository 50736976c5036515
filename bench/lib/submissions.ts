import type postgres from "postgres";

export type SubmitOutcome =
  | { kind: "ack"; status: number; reference: string }
  | { kind: "retryable"; status: number } // 503, 429, a refused or reset connection
  | { kind: "error"; status: number; body: string };

/**
 * One POST /api/applications/:id/submit. `address` plays the client's
 * address as our reverse proxy would append it (X-Forwarded-For), so a run
 * models many investors behind nginx rather than one address hammering.
 */
export async function submitOnce(baseUrl: string, cookie: string, draftId: string, address: string, timeoutMs = 10_000): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/applications/${draftId}/submit`, {
      method: "POST",
      headers: { cookie, "x-forwarded-for": address },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { kind: "retryable", status: 0 };
  }
  const text = await response.text();
  if (response.status === 200) {
    const body = JSON.parse(text) as { reference?: string };
    if (!body.reference) return { kind: "error", status: 200, body: text };
    return { kind: "ack", status: 200, reference: body.reference };
  }
  if (response.status === 503 || response.status === 429 || response.status === 502) return { kind: "retryable", status: response.status };
  return { kind: "error", status: response.status, body: text.slice(0, 300) };
}

/** What a client was told, per draft: the ledger a fault run checks the database against. */
export class Ledger {
  readonly acknowledged = new Map<string, string>();
  readonly statuses = new Map<number, number>();
  readonly errors: string[] = [];
  falseSuccess = 0;

  record(draftId: string, outcome: SubmitOutcome): void {
    this.statuses.set(outcome.status, (this.statuses.get(outcome.status) ?? 0) + 1);
    if (outcome.kind === "ack") {
      const earlier = this.acknowledged.get(draftId);
      // A retry of an acknowledged draft must give the same reference.
      if (earlier && earlier !== outcome.reference) this.falseSuccess += 1;
      this.acknowledged.set(draftId, outcome.reference);
    } else if (outcome.kind === "error" && this.errors.length < 10) {
      this.errors.push(`${outcome.status} ${outcome.body}`);
    }
  }

  statusSummary(): string {
    return [...this.statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status || "network"}: ${n}`).join(", ");
  }
}

export interface LedgerCheck {
  acknowledged: number;
  /** Acknowledged, but not submitted in the database with that reference. */
  lost: number;
  /** Applications with more than one "submitted" event or confirmation e-mail. */
  duplicated: number;
  /** Submitted in the database although no client saw an acknowledgement (allowed: the answer was lost). */
  unacknowledgedSubmitted: number;
  /** Rows of a submission without their siblings (event, audit, e-mail). */
  partial: number;
}

/** Every acknowledged submission exists exactly once, whole, with the reference the client was given. */
export async function checkLedger(sql: postgres.Sql, ledger: Ledger, draftIds: string[]): Promise<LedgerCheck> {
  const rows = await sql<{ id: string; status: string; reference: string | null; events: number; audits: number; mails: number }[]>`
    select a.id, a.status, a.reference,
      (select count(*)::int from application_events e where e.application_id = a.id and e.to_status = 'submitted') as events,
      (select count(*)::int from audit_events x where x.subject_id = a.id::text and x.action = 'application.submitted') as audits,
      (select count(*)::int from email_outbox m where m.template = 'applicationReceived' and position(a.reference in m.body) > 0) as mails
    from applications a where a.id = any(${draftIds}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  let lost = 0;
  for (const [id, reference] of ledger.acknowledged) {
    const row = byId.get(id);
    if (!row || row.status !== "submitted" || row.reference !== reference) lost += 1;
  }
  const submitted = rows.filter((row) => row.status === "submitted");
  return {
    acknowledged: ledger.acknowledged.size,
    lost,
    duplicated: submitted.filter((row) => row.events > 1 || row.audits > 1 || row.mails > 1).length,
    unacknowledgedSubmitted: submitted.filter((row) => !ledger.acknowledged.has(row.id)).length,
    partial: rows.filter((row) => (row.status === "submitted") !== (row.events === 1 && row.audits === 1 && row.mails === 1)).length,
  };
}
