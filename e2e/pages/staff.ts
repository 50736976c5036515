import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import type postgres from "postgres";
import { encryptSecret } from "../../lib/auth/secret-box";
import { generateTotpSecret, hotp, timeStep } from "../../lib/auth/totp";
import { signIn, STRONG_PASSWORD, uniqueEmail } from "./accounts";

// The e2e server's AUTH_SECRET (scripts/e2e-server.mjs uses the same fallback):
// TOTP secrets are stored encrypted with a key derived from it.
const AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456789";
const authenticators = new Map<string, { secret: Buffer; lastStep: number }>();

/**
 * Staff, admin and council accounts do not exist in e2e: they are written straight
 * into the database (nobody can register as staff), with a real argon2id hash
 * and, for staff and admins, an enrolled authenticator whose key the test keeps.
 */
export async function createUser(
  sql: postgres.Sql,
  role: "investor" | "staff" | "admin" | "council",
  name: string,
  options: { enrolled?: boolean } = {},
): Promise<{ id: string; email: string; name: string }> {
  const id = randomUUID();
  const email = uniqueEmail(role);
  const passwordHash = await hash(STRONG_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const secret = generateTotpSecret();
  const enrolled = role !== "investor" && options.enrolled !== false;
  await sql`
    insert into users (id, email, name, password_hash, role, email_verified_at, totp_secret, totp_enrolled_at)
    values (${id}, ${email}, ${name}, ${passwordHash}, ${role}, now(),
      ${enrolled ? encryptSecret(AUTH_SECRET, secret, id) : null}, ${enrolled ? new Date() : null})`;
  if (enrolled) authenticators.set(email, { secret, lastStep: 0 });
  return { id, email, name };
}

/** The authenticator's code for this user, never one already used (a later step inside the ±1 window, or the next one). */
export async function nextTotpCode(email: string): Promise<string> {
  const device = authenticators.get(email);
  if (!device) throw new Error(`no authenticator for ${email}`);
  const step = Math.max(timeStep(Date.now() / 1000), device.lastStep + 1);
  while (step > timeStep(Date.now() / 1000) + 1) await new Promise((resolve) => setTimeout(resolve, 1000));
  device.lastStep = step;
  return hotp(device.secret, step);
}

/** Remembers an authenticator the test enrolled through the UI. */
export function rememberAuthenticator(email: string, secret: Buffer, lastStep: number): void {
  authenticators.set(email, { secret, lastStep });
}

/** Password, then (staff and admins) the authenticator code. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await signIn(page, email, STRONG_PASSWORD);
  if (authenticators.has(email)) {
    await expect(page).toHaveURL(/\/sign-in\/verify/);
    await page.getByLabel("Authentication code", { exact: true }).fill(await nextTotpCode(email));
    await page.getByRole("button", { name: "Verify" }).click();
  }
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** On a submitted application's staff page: start screening, then ask the applicant to fix the website. */
export async function requestWebsiteFix(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Start screening" }).click();
  await expect(page.getByText("The status is now: Screening.")).toBeVisible();
  await page.getByLabel("Website", { exact: true }).check();
  await page.getByLabel("Comment on Website").fill("The website does not open.");
  await page.getByLabel("Reason or comment for the applicant").fill("Please check your website address.");
  await page.getByRole("button", { name: /Request more information/ }).click();
  await expect(page.getByText("The status is now: Information requested.")).toBeVisible();
}

export { seedSubmittedApplication } from "../../lib/testing/submitted-application";

/** Stands in for the investor's resubmission (the lead's flow): info_requested → resubmitted. */
export async function seedResubmission(sql: postgres.Sql, applicationId: string, ownerId: string): Promise<void> {
  await sql`update applications set status = 'resubmitted', version = version + 1, status_changed_at = now() where id = ${applicationId} and status = 'info_requested'`;
  await sql`insert into application_events (application_id, actor_id, from_status, to_status) values (${applicationId}, ${ownerId}, 'info_requested', 'resubmitted')`;
}
