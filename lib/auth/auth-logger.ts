import type { NextAuthConfig } from "next-auth";
import type { Logger } from "pino";

/**
 * Auth.js's own log output, routed through the portal's pino logger (one JSON
 * line per event, redacted and CR/LF-escaped like every other line) instead of
 * Auth.js's default console output (a coloured `[auth][error]` block with a
 * stack trace for every wrong password).
 *
 * Refused credentials (a wrong password, a throttled attempt, a staff member
 * sent on to the second factor) are expected outcomes, already audited by
 * lib/auth/credentials.ts: they get one info line with the code and no stack.
 * Anything else Auth.js reports is an error and keeps its (sanitised) stack.
 * Debug output carries tokens and cookies in its metadata: only the message is kept.
 */
const EXPECTED = new Set(["CredentialsSignin"]);

interface AuthError extends Error {
  type?: string;
  code?: string;
}

export function authLogger(log: Logger) {
  return {
    error(error: AuthError) {
      const type = error.type ?? error.name;
      if (EXPECTED.has(type)) {
        log.info({ event: "auth.credentials_refused", type, code: error.code });
        return;
      }
      const cause = (error as { cause?: unknown }).cause;
      log.error({ event: "auth.error", type, err: cause instanceof Error ? cause : error });
    },
    warn(code: string) {
      log.warn({ event: "auth.warning", code });
    },
    // Auth.js passes metadata as a second argument; it is not read on purpose (tokens, cookies).
    debug(message: string) {
      log.debug({ event: "auth.debug", detail: message });
    },
  } satisfies NonNullable<NextAuthConfig["logger"]>;
}
