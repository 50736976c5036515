import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import type postgres from "postgres";
import { signIn, STRONG_PASSWORD, uniqueEmail } from "./accounts";

/**
 * Staff and admin accounts do not exist in e2e: they are written straight
 * into the database (nobody can register as staff), with a real argon2id hash.
 */
export async function createUser(sql: postgres.Sql, role: "investor" | "staff" | "admin", name: string): Promise<{ id: string; email: string; name: string }> {
  const email = uniqueEmail(role);
  const passwordHash = await hash(STRONG_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const [row] = await sql<{ id: string }[]>`
    insert into users (email, name, password_hash, role, email_verified_at)
    values (${email}, ${name}, ${passwordHash}, ${role}, now()) returning id`;
  return { id: row!.id, email, name };
}

export async function signInAs(page: Page, email: string): Promise<void> {
  await signIn(page, email, STRONG_PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** A submitted application as the investor side leaves it (the lead's flow writes the same columns). */
export async function seedSubmittedApplication(sql: postgres.Sql, ownerId: string, companyName: string): Promise<{ id: string; reference: string }> {
  const reference = `LOT-2026-${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
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

/** Stands in for the investor's resubmission (the lead's flow): info_requested → resubmitted. */
export async function seedResubmission(sql: postgres.Sql, applicationId: string, ownerId: string): Promise<void> {
  await sql`update applications set status = 'resubmitted', version = version + 1, status_changed_at = now() where id = ${applicationId} and status = 'info_requested'`;
  await sql`insert into application_events (application_id, actor_id, from_status, to_status) values (${applicationId}, ${ownerId}, 'info_requested', 'resubmitted')`;
}
