import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import type { Database } from "@/db/types";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { recordCappedAudit } from "./capped";

export interface Denial {
  code: "unauthenticated" | "forbidden";
  actorId?: string | null;
  /** Where it happened: "action", "page", "route", "document"… */
  area: string;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
}

/** The correlation id proxy.ts gives every page request (also on server actions). */
export async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined; // outside a request (tests, scripts)
  }
}

/**
 * An authorization failure: one log line, and one audit row up to the cap per
 * client address (lib/audit/capped.ts: denials are free to produce). Never
 * throws: a denial must stay a denial even when the audit table is unreachable.
 */
export async function recordDenial(denial: Denial, db: Database = getDb()): Promise<void> {
  const id = await requestId();
  logger.warn({ event: "authz.denied", code: denial.code, area: denial.area, requestId: id });
  try {
    await recordCappedAudit(db, {
      action: "authz.denied",
      actorId: denial.actorId ?? null,
      subjectType: denial.subjectType,
      subjectId: denial.subjectId,
      ip: await clientAddress().catch(() => undefined),
      detail: { code: denial.code, area: denial.area, ...(id ? { requestId: id } : {}), ...denial.detail },
    });
  } catch (error) {
    logger.error({ event: "audit.write_failed", err: error });
  }
}
