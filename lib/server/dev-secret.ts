import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The embedded (no DATABASE_URL) mode needs no configuration: a random
 * AUTH_SECRET is generated once and kept beside the embedded database, so
 * sessions survive restarts. Production mode never comes here (env.ts
 * refuses to start without AUTH_SECRET).
 */
export function ensureDevelopmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
