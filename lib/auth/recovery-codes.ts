import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recoveryCodes } from "@/db/schema";
import type { DbOrTx } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { base32Encode } from "./totp";

export const RECOVERY_CODE_COUNT = 10;

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code), "utf8").digest("hex");
}

/** Ten codes of 50 random bits each, shown as `abcde-fghij`. */
function generateCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const text = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
}

/**
 * Replaces the user's recovery codes with ten new ones and returns them in
 * plain text, the only time they exist outside the user's hands: the table
 * keeps SHA-256 hashes only.
 */
export async function issueRecoveryCodes(db: DbOrTx, userId: string): Promise<string[]> {
  const codes = generateCodes();
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
    await recordAudit(tx, { action: "auth.recovery_codes_issued", actorId: userId, subjectType: "user", subjectId: userId });
  });
  return codes;
}

/** Marks the code used in one statement: of two concurrent uses only one succeeds. */
export async function consumeRecoveryCode(db: DbOrTx, userId: string, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length < 10 || normalised.length > 20) return false;
  const [row] = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(normalised)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return row !== undefined;
}
