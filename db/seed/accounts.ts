import { users, type UserRole } from "@/db/schema";
import type { Database } from "@/db/types";
import { hashPassword } from "@/lib/auth/password";

/** Development-only accounts, listed in the README. Never created in production. */
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: UserRole; password: string }> = [
  { email: "investor@demo.lotus", name: "Demo Investor", role: "investor", password: "caspian-investor-demo" },
  { email: "staff@demo.lotus", name: "Demo Reviewer", role: "staff", password: "caspian-staff-demo" },
  { email: "admin@demo.lotus", name: "Demo Administrator", role: "admin", password: "caspian-admin-demo" },
  { email: "council@demo.lotus", name: "Demo Council Member", role: "council", password: "caspian-council-demo" },
];

export async function seedDemoAccounts(db: Database): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    await db
      .insert(users)
      .values({
        email: account.email,
        name: account.name,
        company: account.role === "investor" ? "Demo Maschinenbau GmbH" : "JSC SEZ Lotus",
        country: account.role === "investor" ? "DE" : "RU",
        role: account.role,
        passwordHash: await hashPassword(account.password),
        emailVerifiedAt: new Date(),
        privacyConsentAt: new Date(),
      })
      .onConflictDoNothing({ target: users.email });
  }
}
