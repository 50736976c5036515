import { randomUUID } from "node:crypto";
import type postgres from "postgres";

// Used by the e2e page objects (e2e/pages/staff.ts) and the attack run's fixtures (scripts/attack/fixtures.ts).
/** A submitted application as the investor side leaves it (the lead's flow writes the same columns). */
export async function seedSubmittedApplication(
  sql: postgres.Sql,
  ownerId: string,
  companyName: string,
  reference = `LOT-2026-${String(Math.floor(Math.random() * 90_000) + 10_000)}`,
): Promise<{ id: string; reference: string }> {
  const company = { legalName: companyName, country: "DE", registrationNumber: "HRB 12345", website: "https://weser.example", sector: "shipbuilding", size: "medium", legalEntity: "will_register_in_municipality", inn: "", ogrn: "" };
  const investment = { totalRub: 150_000_000, capitalSharePercent: 60, financingSource: "own_funds", financingProof: "own_funds" };
  const contact = { person: "Anna Schmidt", position: "CFO", email: "anna@weser.example", phone: "+4942112345", preferredLanguage: "en", consent: true };
  const [row] = await sql<{ id: string }[]>`
    insert into applications (owner_id, idempotency_key, reference, status, company, investment, contact, last_step,
      company_name, country, sector, investment_rub, below_threshold, contact_name, contact_email, submitted_at)
    values (${ownerId}, ${randomUUID()}, ${reference}, 'submitted', ${sql.json(company)}, ${sql.json(investment)}, ${sql.json(contact)}, 'review',
      ${companyName}, 'DE', 'shipbuilding', 150000000, false, 'Anna Schmidt', 'anna@weser.example', now())
    returning id`;
  await sql`insert into application_events (application_id, actor_id, from_status, to_status) values (${row!.id}, ${ownerId}, 'draft', 'submitted')`;
  return { id: row!.id, reference };
}
