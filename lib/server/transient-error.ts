/**
 * True when an error means "the database was not reachable or went away",
 * so the caller may answer 503 and the client may retry. Submissions are
 * idempotent per draft, so a retry after a lost COMMIT acknowledgement finds
 * the application already submitted and gets the same reference.
 */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND",
  "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, shutting down)
  "08000", "08001", "08003", "08004", "08006", // connection exceptions
  "40001", // serialization_failure
  "40P01", // deadlock_detected
]);

/** The error codes along the cause chain (drizzle wraps the driver's error), outermost first. */
export function databaseErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

export function isTransientDatabaseError(error: unknown): boolean {
  return databaseErrorCodes(error).some((code) => TRANSIENT_CODES.has(code));
}
