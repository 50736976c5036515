import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/connection";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { seedBulkApplications } from "./bulk";

describe.each(engines)("bulk queue on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(async () => t.drop());

  it("makes the asked number of applications, each with the events of its status path", async () => {
    const summary = await seedBulkApplications(t.db, 400);
    expect(summary.applications).toBe(400);
    expect(summary.investors).toBe(134);
    const [check] = await queryRows<{ statuses: number; references: number; broken: number; countries: number; below: number }>(
      t.db,
      sql`select count(distinct status)::int as statuses, count(distinct reference)::int as references, count(distinct country)::int as countries,
            count(*) filter (where below_threshold)::int as below,
            count(*) filter (where (select e.to_status from application_events e where e.application_id = a.id order by e.at desc limit 1) <> a.status
                             or not exists (select 1 from application_events e where e.application_id = a.id and e.from_status = 'draft' and e.to_status = 'submitted'))::int as broken
          from applications a where contact_email like '%@bulk.lotus'`,
    );
    expect(check).toMatchObject({ statuses: 8, references: 400, broken: 0 });
    expect(check!.countries).toBeGreaterThan(10);
    expect(check!.below).toBeGreaterThan(0);
    expect(summary.events).toBeGreaterThan(400);
    expect(summary.messages).toBeGreaterThan(0);
  });

  it("a second run adds to the first without colliding references", async () => {
    const summary = await seedBulkApplications(t.db, 50);
    expect(summary.applications).toBe(450);
  });
});
