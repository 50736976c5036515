import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/connection";
import type { Viewer } from "@/lib/auth/session";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer, insertApplications, submittedApplication } from "@/lib/testing/staff-fixtures";
import { parseQueueFilters, QUEUE_SORTS } from "./queue-filters";
import { countByStatus, listQueue, listUnassignedOverdue } from "./staff-queries";

describe.each(engines)("staff queue on %s", (engine) => {
  let t: TestDatabase;
  let staff: Viewer;
  let investor: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    staff = await createViewer(t.db, "staff", "Olga Reviewer");
    investor = await createViewer(t.db, "investor");
    const rows = Array.from({ length: 57 }, (_, i) =>
      submittedApplication(investor.id, {
        country: i % 3 === 0 ? "IR" : "DE",
        sector: i % 2 === 0 ? "shipbuilding" : "logistics",
        belowThreshold: i % 5 === 0,
        investmentRub: 100_000_000 + (i % 7) * 10_000_000, // many ties: the id breaks them
        companyName: i % 4 === 0 ? "Same Name" : `Firma ${i}`,
        status: i < 40 ? "submitted" : i < 50 ? "screening" : "approved",
        assignedReviewerId: i % 6 === 0 ? staff.id : null,
      }),
    );
    rows.push(
      submittedApplication(investor.id, { reference: "LOT-2026-00042", companyName: "Weser Marine Components GmbH", contactName: "Anna Schmidt", contactEmail: "anna@weser-marine.de" }),
      submittedApplication(investor.id, { companyName: "ООО Ромашка", contactName: "Иван Петров", submittedAt: new Date(Date.now() - 20 * 86_400_000) }),
      submittedApplication(investor.id, { status: "draft", submittedAt: null, reference: null, companyName: "Weser Draft" }),
    );
    await insertApplications(t.db, rows);
  });
  afterAll(async () => t.drop());

  const all = async (params: Record<string, string>, pageSize = 7) => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = await listQueue(t.db, staff, parseQueueFilters({ ...params, ...(after ? { after } : {}) }), pageSize);
      seen.push(...page.rows.map((row) => row.id));
      if (!page.next) return seen;
      after = page.next;
    }
    throw new Error("pagination did not end");
  };

  it("keyset pages neither overlap nor miss rows, in every sort and direction", async () => {
    const everything = await listQueue(t.db, staff, parseQueueFilters({}), 1000);
    expect(everything.rows).toHaveLength(59); // the draft is never shown
    for (const sort of QUEUE_SORTS) {
      for (const dir of ["asc", "desc"]) {
        const ids = await all({ sort, dir });
        expect(new Set(ids).size, `${sort} ${dir}`).toBe(ids.length);
        expect(ids.length, `${sort} ${dir}`).toBe(59);
      }
    }
  });

  it("filters by status, country, sector, reviewer, threshold and submission dates", async () => {
    expect(await all({ status: "screening" })).toHaveLength(10);
    const iran = await listQueue(t.db, staff, parseQueueFilters({ country: "ir", sector: "shipbuilding" }), 100);
    expect(iran.rows.every((row) => row.country === "IR" && row.sector === "shipbuilding")).toBe(true);
    expect(iran.rows.length).toBeGreaterThan(0);
    const mine = await listQueue(t.db, staff, parseQueueFilters({ reviewer: "me" }), 100);
    expect(mine.rows).toHaveLength(10);
    expect(mine.rows[0]!.reviewerName).toBe("Olga Reviewer");
    expect((await all({ reviewer: "unassigned" })).length).toBe(49);
    expect((await all({ below: "yes" })).length).toBe(12);
    expect((await all({ from: "2026-01-01", to: "2026-01-01" })).length).toBe(58); // all but the recent one
    expect(await all({ from: "2030-01-01" })).toHaveLength(0);
  });

  it("searches reference, company and contact by word prefixes, in any script", async () => {
    const search = async (q: string) => (await listQueue(t.db, staff, parseQueueFilters({ q }), 100)).rows.map((r) => r.companyName);
    expect(await search("LOT-2026-00042")).toEqual(["Weser Marine Components GmbH"]);
    expect(await search("weser mar")).toEqual(["Weser Marine Components GmbH"]);
    expect(await search("anna@weser-marine.de")).toEqual(["Weser Marine Components GmbH"]);
    expect(await search("ромаш")).toEqual(["ООО Ромашка"]);
    expect(await search("петров")).toEqual(["ООО Ромашка"]);
    expect(await search("' OR 1=1 --")).toEqual([]);
    expect(await search("&|!:*()")).toHaveLength(59); // nothing searchable: no filter, no SQL error
  });

  it("the search uses its GIN index", async () => {
    await t.db.execute(sql`set enable_seqscan = off`);
    const plan = await queryRows<{ "QUERY PLAN": string }>(
      t.db,
      sql`explain select id from applications where to_tsvector('simple'::regconfig, translate(coalesce(reference, '') || ' ' || coalesce(company_name, '') || ' ' || coalesce(contact_name, '') || ' ' || coalesce(contact_email, ''), '-@._/,:()&+', '           ')) @@ to_tsquery('simple', 'weser:*')`,
    );
    await t.db.execute(sql`reset enable_seqscan`);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("applications_search_idx");
  });

  it("the default view and a status tab read their index in order, with no sort step", async () => {
    for (const where of [sql``, sql`and status = 'screening'`]) {
      const plan = await t.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_sort = off`);
        await tx.execute(sql`set local enable_incremental_sort = off`);
        return queryRows<{ "QUERY PLAN": string }>(
          tx as unknown as typeof t.db,
          sql`explain select id from applications where status <> 'draft' and submitted_at is not null ${where}
              order by submitted_at desc, id desc limit 51`,
        );
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toMatch(/Index (Only )?Scan Backward using applications_(status_)?submitted_idx/);
      expect(text).not.toContain("Sort");
    }
  });

  it("counts per status under the other filters", async () => {
    const counts = await countByStatus(t.db, staff, parseQueueFilters({ status: "approved" }));
    expect(counts).toMatchObject({ submitted: 42, screening: 10, approved: 7, rejected: 0 });
    const iran = await countByStatus(t.db, staff, parseQueueFilters({ country: "IR" }));
    expect(Object.values(iran).reduce((a, b) => a + b, 0)).toBe(19);
  });

  it("lists unassigned open applications older than N days", async () => {
    const overdue = await listUnassignedOverdue(t.db, staff, 14, 500);
    expect(overdue.map((row) => row.companyName)).toContain("ООО Ромашка");
    expect(overdue.every((row) => row.assignedReviewerId === null)).toBe(true);
    expect((await listUnassignedOverdue(t.db, staff, 365 * 10)).length).toBe(0);
  });

  it("a tampered cursor restarts at the first page instead of failing", async () => {
    const page = await listQueue(t.db, staff, parseQueueFilters({ after: Buffer.from('["x\'; drop table users", "nope"]').toString("base64url") }), 5);
    expect(page.rows).toHaveLength(5);
  });

  it("refuses investors and the anonymous", async () => {
    await expect(listQueue(t.db, investor, parseQueueFilters({}))).rejects.toThrow("forbidden");
    await expect(countByStatus(t.db, null, parseQueueFilters({}))).rejects.toThrow("unauthenticated");
  });
});
