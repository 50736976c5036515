import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { isLocale } from "@/lib/i18n/config";
import { homePathFor } from "./roles";
import { ensureEnrolmentSecret, issuePendingToken } from "./second-factor";

/**
 * The database side of the sign-in actions (app/[locale]/(auth)/actions.ts),
 * which only parse, call and answer. Both run after Auth.js has checked the
 * password.
 */

/** Where a user lands after sign-in without an explicit target: their own area, in their preferred language. */
export async function homeAfterSignIn(db: Database, email: string, pageLocale: string): Promise<string> {
  const [user] = await db.select({ role: users.role, preferredLocale: users.preferredLocale }).from(users).where(eq(users.email, email)).limit(1);
  // A locale that is no longer offered falls back to the page's language.
  const locale = user && isLocale(user.preferredLocale) ? user.preferredLocale : pageLocale;
  return `/${locale}${homePathFor(user?.role ?? "investor")}`;
}

/**
 * Staff whose password was right: a pending ticket for the code step, and an
 * authenticator secret to enrol if they have none yet. Null if the account
 * vanished in between.
 */
export async function beginSecondFactor(db: Database, email: string): Promise<{ ticket: string; enrolled: boolean } | null> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user) return null;
  if (!user.totpEnrolledAt) await ensureEnrolmentSecret(db, user);
  return { ticket: await issuePendingToken(user), enrolled: user.totpEnrolledAt !== null };
}
