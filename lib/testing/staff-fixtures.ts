import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { applications, users, type NewApplication, type UserRole } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";

/** Test data for the staff side: users of each role and submitted applications. */

export async function createViewer(db: Database, role: UserRole, name = `${role} ${randomUUID().slice(0, 6)}`): Promise<Viewer> {
  const email = `${role}-${randomUUID()}@example.com`;
  const [row] = await db
    .insert(users)
    .values({ email, name, role, passwordHash: "$argon2id$not-a-real-hash", emailVerifiedAt: new Date() })
    .returning();
  return { id: row!.id, email, name, role, emailVerified: true, preferredLocale: "en" };
}

let counter = 0;

/** One submitted application with sensible typed columns; override any of them. */
export function submittedApplication(ownerId: string, overrides: Partial<NewApplication> = {}): NewApplication {
  counter += 1;
  return {
    ownerId,
    idempotencyKey: randomUUID(),
    reference: `TEST-${counter}-${randomUUID().slice(0, 8)}`,
    status: "submitted",
    companyName: `Company ${counter}`,
    country: "DE",
    sector: "machinery",
    investmentRub: 150_000_000,
    belowThreshold: false,
    contactName: `Contact ${counter}`,
    contactEmail: `contact${counter}@example.com`,
    submittedAt: new Date(Date.UTC(2026, 0, 1, 6) + counter * 10_000),
    ...overrides,
  };
}

export async function insertApplications(db: Database, rows: NewApplication[]) {
  return db.insert(applications).values(rows).returning();
}

/**
 * `n` submitted applications generated inside the database (fast for
 * thousands): references LOT-2026-<n>, a rotating country and sector, some
 * below the threshold, some with formula-like or quoted company names.
 */
export async function generateApplications(db: Database, ownerId: string, n: number): Promise<void> {
  await db.execute(sql`
    insert into applications (owner_id, idempotency_key, reference, status, company_name, country, sector,
      investment_rub, below_threshold, contact_name, contact_email, submitted_at)
    select ${ownerId}::uuid, gen_random_uuid(), 'GEN-2026-' || lpad(i::text, 6, '0'), 'submitted',
      case when i % 97 = 0 then '=HYPERLINK("http://evil.example","x")' else 'Generated "Co" ' || i || E'\nLine 2' end,
      (array['DE','IR','CN','KZ','TR'])[1 + i % 5], (array['shipbuilding','machinery','logistics']::application_sector[])[1 + i % 3],
      100000000 + i * 1000, i % 4 = 0, 'Person ' || i, 'person' || i || '@example.com',
      timestamptz '2026-01-01 00:00:00+00' + make_interval(secs => i)
    from generate_series(1, ${n}::int) as i`);
}
