import "server-only";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { csvRow, UTF8_BOM } from "@/lib/csv/csv";
import type { QueueFilters } from "./queue-filters";
import { assertStaff } from "@/lib/auth/roles";
import { listQueue, type QueueRow } from "./staff-queries";

/** Rows fetched per database round trip: memory stays flat whatever the total. */
export const EXPORT_PAGE_SIZE = 500;

const COLUMNS: Array<[string, (row: QueueRow) => string | number | boolean | Date | null]> = [
  ["reference", (r) => r.reference],
  ["status", (r) => r.status],
  ["submitted_at", (r) => r.submittedAt],
  ["company", (r) => r.companyName],
  ["country", (r) => r.country],
  ["sector", (r) => r.sector],
  ["investment_rub", (r) => r.investmentRub],
  ["below_threshold", (r) => r.belowThreshold],
  ["contact_name", (r) => r.contactName],
  ["contact_email", (r) => r.contactEmail],
  ["reviewer", (r) => r.reviewerName],
  ["status_changed_at", (r) => r.statusChangedAt],
];

export function exportFileName(now = new Date()): string {
  return `applications-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * The queue under `filters` as a CSV stream (UTF-8 with BOM, so Excel reads
 * Cyrillic correctly). The stream pulls one keyset page at a time only when
 * the client reads: a slow download never buffers the table in memory.
 * The audit row (who exported what filter) is written before the first byte.
 */
export async function exportApplicationsCsv(
  db: Database,
  viewer: Viewer | null,
  filters: QueueFilters,
  options: { ip?: string; pageSize?: number } = {},
): Promise<ReadableStream<Uint8Array>> {
  assertStaff(viewer);
  const recorded = { ...filters, after: undefined };
  await recordAudit(db, {
    action: "applications.exported",
    actorId: viewer.id,
    subjectType: "application",
    ip: options.ip,
    detail: { filters: recorded },
  });
  const encoder = new TextEncoder();
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  let cursor: string | undefined;
  let started = false;
  let done = false;

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(UTF8_BOM + csvRow(COLUMNS.map(([name]) => name))));
          return;
        }
        if (done) return;
        const page = await listQueue(db, viewer, { ...filters, after: cursor }, pageSize);
        let chunk = "";
        for (const row of page.rows) chunk += csvRow(COLUMNS.map(([, value]) => value(row)));
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (!page.next) {
          done = true;
          controller.close();
          return;
        }
        cursor = page.next;
      },
    },
    // Back-pressure: at most one page waits in the queue when the reader is slow.
    { highWaterMark: 1 },
  );
}
