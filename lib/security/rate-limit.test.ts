import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/connection";
import { createViewer } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { hitAll, throttleBoth, type RateLimitRule } from "./rate-limit";

const account: RateLimitRule = { name: "test:account", points: 3, windowSeconds: 60 };
const address: RateLimitRule = { name: "test:address", points: 10, windowSeconds: 60 };

describe.each(engines)("rate limits on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(async () => t.drop());

  it("counts several counters in one statement, each against its own rule", async () => {
    const first = await hitAll(t.db, [{ rule: account, subject: "a" }, { rule: address, subject: "10.0.0.1" }]);
    expect(first.map((r) => r.remaining)).toEqual([2, 9]);
    const second = await hitAll(t.db, [{ rule: address, subject: "10.0.0.1" }, { rule: account, subject: "a" }]);
    expect(second.map((r) => r.remaining)).toEqual([8, 1]); // answers follow the order asked, not the key order
  });

  it("forty concurrent attempts from one address over many accounts: exact counts, no deadlock, one audit row per counter", async () => {
    const investors = await Promise.all(Array.from({ length: 8 }, () => createViewer(t.db, "investor")));
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => throttleBoth(t.db, { account, address }, { actorId: investors[i % 8]!.id, ip: "10.9.9.9" })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const [row] = await queryRows<{ points: number }>(t.db, sql`select points from rate_limits where key = ${"test:address:10.9.9.9"}`);
    expect(row?.points).toBe(40);
    const audits = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_events where action = 'rate_limit.exceeded' and detail->>'rule' = 'test:address'`);
    expect(audits[0]?.n).toBe(1);
  });
});
