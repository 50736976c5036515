import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum profile (19 MiB, 2 passes). Unlike bcrypt it
// reads the whole password: nothing is cut at 72 bytes.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no account exists keeps the timing of
// "unknown e-mail" and "wrong password" alike.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-account-password");
  await verifyPassword(await dummyHash, password);
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(process.cwd(), "lib", "auth", "common-passwords.txt");
    common = new Set(
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line && !line.startsWith("#")),
    );
  }
  return common;
}

/**
 * True when the password is on the shipped list of common passwords, also
 * after removing the digits and symbols people append ("Password2024!"), or
 * when it is one character repeated.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const stem = lower.replace(/[\d\s!@#$%^&*()_+=.,?-]+$/u, "");
  if (stem.length >= 4 && list.has(stem)) return true;
  return new Set(lower).size <= 2;
}
