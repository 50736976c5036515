import type postgres from "postgres";
import { sampleSteps } from "@/lib/testing/sample-application";
import { mintSessionCookie } from "./session-cookie";

export interface Investor {
  id: string;
  /** The Cookie header of a signed-in session (a JWT as Auth.js issues it). */
  cookie: string;
  drafts: string[];
}

/**
 * `count` verified investors, each with `draftsEach` complete drafts, written
 * set-based (the load runs need thousands). Sessions are minted with the
 * app's secret exactly as the credentials sign-in would: the request path
 * under test (session check against the database, throttles, the submission
 * transaction) is then the real one.
 */
export async function createInvestors(sql: postgres.Sql, count: number, draftsEach: number, tag = "bench"): Promise<Investor[]> {
  const run = `${tag}-${Date.now().toString(36)}`;
  const { company, project, investment, contact } = sampleSteps;
  const users = await sql<{ id: string }[]>`
    insert into users (email, name, password_hash, email_verified_at, role)
    select ${run} || '-' || i || '@example.com', 'Investor ' || i, '$argon2id$bench-not-a-real-hash', now(), 'investor'
    from generate_series(1, ${count}::int) as i
    returning id`;
  const drafts = await sql<{ id: string; owner_id: string }[]>`
    insert into applications (owner_id, idempotency_key, company, project, investment, contact, last_step,
      company_name, country, sector, investment_rub, contact_name, contact_email)
    select u.id, gen_random_uuid(), ${sql.json(company)}, ${sql.json(project)}, ${sql.json(investment)}, ${sql.json(contact)}, 'review',
      ${company.legalName} || ' ' || d, ${company.country}, ${company.sector}, ${investment.totalRub}, ${contact.person}, ${contact.email}
    from unnest(${users.map((u) => u.id)}::uuid[]) as u(id), generate_series(1, ${draftsEach}::int) as d
    returning id, owner_id`;
  const byOwner = new Map<string, string[]>();
  for (const draft of drafts) byOwner.set(draft.owner_id, [...(byOwner.get(draft.owner_id) ?? []), draft.id]);
  // Every session has its server-side record (user_sessions), as a real sign-in creates.
  const sessions = await sql<{ id: string; user_id: string }[]>`
    insert into user_sessions (user_id) select unnest(${users.map((u) => u.id)}::uuid[]) returning id, user_id`;
  const sidOf = new Map(sessions.map((row) => [row.user_id, row.id]));
  return Promise.all(users.map(async ({ id }) => ({ id, cookie: await mintSessionCookie(id, { sid: sidOf.get(id) }), drafts: byOwner.get(id) ?? [] })));
}
