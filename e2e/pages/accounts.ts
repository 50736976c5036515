import { expect, type Page } from "@playwright/test";
import type postgres from "postgres";

export function uniqueEmail(tag: string): string {
  return `e2e-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export const STRONG_PASSWORD = "caspian sturgeon lotus harbour";

export async function register(page: Page, email: string, password = STRONG_PASSWORD): Promise<void> {
  await page.goto("/en/register");
  await page.getByLabel("Your name", { exact: true }).fill("Anna Schmidt");
  await page.getByLabel("Company", { exact: true }).fill("Weser Marine Components GmbH");
  await page.getByLabel("Country of the company", { exact: true }).selectOption("DE");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel(/privacy notice/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
}

/** The newest e-mail of a template to a recipient, read from the outbox. */
export async function latestEmail(sql: postgres.Sql, recipient: string, template: string) {
  await expect
    .poll(async () => (await sql`select count(*)::int as n from email_outbox where recipient = ${recipient} and template = ${template}`)[0]?.n)
    .toBeGreaterThan(0);
  const [row] = await sql<{ subject: string; body: string; locale: string }[]>`
    select subject, body, locale from email_outbox where recipient = ${recipient} and template = ${template}
    order by created_at desc limit 1`;
  return row!;
}

export function linkIn(body: string): string {
  const match = body.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in e-mail: ${body}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

export async function signIn(page: Page, email: string, password = STRONG_PASSWORD): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function registerAndVerify(page: Page, sql: postgres.Sql, email: string): Promise<void> {
  await register(page, email);
  const mail = await latestEmail(sql, email, "verifyEmail");
  await page.goto(linkIn(mail.body));
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(page.getByText("Your e-mail address is confirmed.")).toBeVisible();
}
