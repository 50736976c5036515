import "server-only";
import { auditEvents } from "@/db/schema";
import type { DbOrTx } from "@/db/types";

export interface AuditInput {
  action: string;
  actorId?: string | null;
  subjectType?: string;
  subjectId?: string;
  ip?: string;
  /** Never passwords, tokens or document contents. */
  detail?: Record<string, unknown>;
}

/** The INSERT of one audit row, not yet run (also usable inside a larger statement). */
export function auditInsert(db: DbOrTx, input: AuditInput) {
  return db.insert(auditEvents).values({
    action: input.action,
    actorId: input.actorId ?? null,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    ip: input.ip ?? null,
    detail: input.detail ?? null,
  });
}

/** Appends one row to the audit table, inside the caller's transaction when given one. */
export async function recordAudit(db: DbOrTx, input: AuditInput): Promise<void> {
  await auditInsert(db, input);
}
