import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer, generateApplications } from "@/lib/testing/staff-fixtures";
import { exportApplicationsCsv } from "./export";
import { parseQueueFilters } from "./queue-filters";

const TOTAL = 10_000;
const MB = 1024 * 1024;

describe.each(engines)("CSV export on %s", (engine) => {
  let t: TestDatabase;
  let staff: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    staff = await createViewer(t.db, "staff");
    const owner = await createViewer(t.db, "investor");
    await generateApplications(t.db, owner.id, TOTAL);
  });
  afterAll(async () => t.drop());

  it(`streams ${TOTAL} applications page by page with flat memory`, async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const stream = await exportApplicationsCsv(t.db, staff, parseQueueFilters({}), { ip: "203.0.113.1" });
    const reader = stream.getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let chunks = 0;
    let records = 0;
    let bytes = 0;
    let first: Uint8Array | undefined;
    let unsafe = 0;
    let neutralised = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      first ??= value;
      chunks += 1;
      bytes += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      records += text.split("\r\n").length - 1;
      unsafe += (text.match(/(^|,)"?=HYPERLINK/g) ?? []).length;
      neutralised += (text.match(/"'=HYPERLINK/g) ?? []).length;
      gc?.(); // with --expose-gc: the live heap while streaming, not garbage awaiting collection
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const growthMb = (peak - baseline) / MB;
    console.info(`[export ${engine}] ${records - 1} rows, ${(bytes / MB).toFixed(1)} MB in ${chunks} chunks; heap growth peak ${growthMb.toFixed(1)} MB (gc exposed: ${Boolean(gc)})`);

    expect([...first!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records).toBe(TOTAL + 1); // header + one CRLF-terminated record each (inner newlines are LF, quoted)
    expect(chunks).toBeGreaterThanOrEqual(TOTAL / 500 + 1);
    expect(unsafe).toBe(0);
    expect(neutralised).toBe(Math.floor(TOTAL / 97));
    // The CSV is several MB; the heap should not hold it (generous bound for GC timing).
    expect(growthMb).toBeLessThan(64);
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "applications.exported"));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorId).toBe(staff.id);
  });

  it("filters the export like the queue, and refuses non-staff before writing anything", async () => {
    const stream = await exportApplicationsCsv(t.db, staff, parseQueueFilters({ country: "IR", below: "yes" }));
    const text = await new Response(stream).text();
    const rows = text.split("\r\n").slice(1, -1);
    expect(rows.length).toBe(500); // i % 5 = 1 and i % 4 = 0 → one in twenty
    expect(rows.every((row) => row.includes(",IR,"))).toBe(true);
    const investor = await createViewer(t.db, "investor");
    await expect(exportApplicationsCsv(t.db, investor, parseQueueFilters({}))).rejects.toThrow("forbidden");
  });
});
