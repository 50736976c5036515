import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type postgres from "postgres";
import { AUTH_SECRET, ROOT } from "@/bench/lib/app-server";
import { createInvestors } from "@/bench/lib/investors";
import { hashPassword } from "@/lib/auth/password";
import { encryptSecret } from "@/lib/auth/secret-box";
import { generateTotpSecret } from "@/lib/auth/totp";
import { seedSubmittedApplication } from "@/lib/testing/submitted-application";

export const SPRAY_PASSWORD = "lotus harbour caspian sturgeon 2026";

export interface Fixtures {
  /** A submitted application only its owner and staff may see; its company name is the leak marker. */
  application: { id: string; marker: string; ownerEmail: string };
  owner: { id: string; cookie: string };
  /** Another investor: must see nothing of the owner's. */
  other: { id: string; cookie: string };
  /** Staff with an enrolled authenticator and a session that passed the second factor. */
  staff: { id: string; email: string; cookie: string; token: string };
  /** Accounts for the password spray, all with SPRAY_PASSWORD. */
  sprayEmails: string[];
}

async function session(id: string, mfa: boolean, sid?: string): Promise<string> {
  return encode({ token: { sub: id, uid: id, sv: 1, authAt: Math.floor(Date.now() / 1000), mfa, ...(sid ? { sid } : {}) }, secret: AUTH_SECRET, salt: "authjs.session-token" });
}

/** Users and data written straight into the run's database (production mode seeds no demo accounts). */
export async function createFixtures(sql: postgres.Sql): Promise<Fixtures> {
  const run = Date.now().toString(36);
  const [owner, other] = await createInvestors(sql, 2, 0, "attack");
  const [ownerRow] = await sql<{ email: string }[]>`select email from users where id = ${owner!.id}`;

  const marker = `Attack Marker ${run} GmbH`;
  const application = await seedSubmittedApplication(sql, owner!.id, marker, `LOT-2026-${run.slice(-5).toUpperCase()}`);

  const passwordHash = await hashPassword(SPRAY_PASSWORD);
  const staffId = randomUUID();
  const staffEmail = `attack-staff-${run}@example.com`;
  await sql`
    insert into users (id, email, name, password_hash, role, email_verified_at, totp_secret, totp_enrolled_at)
    values (${staffId}, ${staffEmail}, 'Attack Reviewer', ${passwordHash}, 'staff', now(), ${encryptSecret(AUTH_SECRET, generateTotpSecret(), staffId)}, now())`;
  // A staff session needs its server-side record (staff_sessions, the idle limit) as a sign-in creates it.
  const [staffSession] = await sql<{ id: string }[]>`insert into staff_sessions (user_id, last_seen_at) values (${staffId}, now()) returning id`;
  const staffToken = await session(staffId, true, staffSession!.id);

  const sprayEmails = Array.from({ length: 50 }, (_, i) => `attack-spray-${run}-${i + 1}@example.com`);
  await sql`
    insert into users (email, name, password_hash, role, email_verified_at)
    select e, 'Spray Target', ${passwordHash}, 'investor', now() from unnest(${sprayEmails}::text[]) as e`;

  return {
    application: { id: application!.id, marker, ownerEmail: ownerRow!.email },
    owner: { id: owner!.id, cookie: owner!.cookie },
    other: { id: other!.id, cookie: other!.cookie },
    staff: { id: staffId, email: staffEmail, cookie: `authjs.session-token=${staffToken}`, token: staffToken },
    sprayEmails,
  };
}

/** Server Action ids of this build, by file and export name (from the build's reference manifest). */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`no Server Action ${exportedName} in ${file} in this build`);
  return found[0];
}
