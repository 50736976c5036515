import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { accountTokens } from "@/db/schema";
import type { DbOrTx } from "@/db/types";

export type TokenPurpose = (typeof accountTokens.$inferSelect)["purpose"];

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new single-use token; the database only ever sees its hash. */
export async function issueToken(db: DbOrTx, userId: string, purpose: TokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // An older unused link of the same kind stops working when a new one is sent.
  await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await db.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
  });
  return token;
}

/**
 * The user of a valid (unused, unexpired) token without using it up: lets a
 * caller refuse a bogus token before expensive work. consumeToken() still
 * decides, atomically.
 */
export async function findToken(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)))
    .limit(1);
  return row?.userId ?? null;
}

/**
 * Marks the token used and returns its user, in one statement, so two
 * concurrent uses cannot both succeed. Expired, used, tampered or unknown
 * tokens all return null.
 */
export async function consumeToken(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}
