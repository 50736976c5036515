import { sql } from "drizzle-orm";
import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["investor", "staff", "admin", "council"]);
export const userStatus = pgEnum("user_status", ["active", "disabled"]);
export const tokenPurpose = pgEnum("token_purpose", ["verify_email", "reset_password"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Normalised once (trim, NFKC, lower-case) before storing: see lib/auth/email.ts. */
    email: text().notNull(),
    name: text().notNull(),
    company: text(),
    /** ISO 3166-1 alpha-2. */
    country: text(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default("investor"),
    status: userStatus().notNull().default("active"),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    preferredLocale: text().notNull().default("en"),
    /** Bumped to end every session at once (sign out everywhere, reset, role change). */
    sessionVersion: integer().notNull().default(1),
    privacyConsentAt: timestamp({ withTimezone: true }),
    /**
     * Staff second factor: the TOTP secret, AES-256-GCM encrypted with a key
     * derived from AUTH_SECRET (lib/auth/secret-box.ts). Set but not enrolled
     * while the user is still confirming the authenticator.
     */
    totpSecret: text(),
    /** The last accepted time step: a code (and every older one) works once. */
    totpLastStep: bigint({ mode: "number" }),
    totpEnrolledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), index("users_role_idx").on(t.role)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];

/** Single-use links: only a SHA-256 of the token is stored. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("account_tokens_hash_key").on(t.tokenHash),
    index("account_tokens_user_idx").on(t.userId, t.purpose).where(sql`${t.usedAt} is null`),
  ],
);

export type AccountToken = typeof accountTokens.$inferSelect;

/** Ten single-use codes per enrolled staff member, for a lost authenticator; SHA-256 only. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_key").on(t.userId, t.codeHash)],
);

/**
 * One row per sign-in, investors and staff alike (the JWT carries its id as
 * `sid`). A session is valid only while its row exists, so signing out,
 * "sign out on all other devices", a password change or reset end sessions
 * for every app instance at once, and a copied cookie dies with its row.
 * The last request's time lives here too, not in the cookie or in process
 * memory, so the staff 30-minute idle limit holds across instances and for
 * requests that cannot set cookies (Server Components). See lib/auth/user-sessions.ts.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);
