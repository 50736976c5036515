/** Turns a connection failure into one line a newcomer can act on. */
export function describeDatabaseError(error: unknown, url: string | undefined): string {
  const where = url ? safeTarget(url) : "the embedded database";
  // Drizzle wraps driver errors ("Failed query: …"); the driver's error is the cause.
  const root = rootCause(error);
  const code = (root as { code?: string } | null)?.code;
  const message = root instanceof Error ? root.message : String(root);
  switch (code) {
    case "ECONNREFUSED":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "CONNECT_TIMEOUT":
      return `Cannot reach the database server at ${where} (${code}). Is PostgreSQL running?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot resolve the database host of ${where} (${code}). Check DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist on ${where}. Create it first.`;
    case "28P01":
    case "28000":
      return `The database server at ${where} refused the credentials in DATABASE_URL.`;
    default:
      return `Database at ${where} failed at start-up: ${message.split("\n")[0]}`;
  }
}

function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause; depth += 1) current = current.cause;
  return current;
}

/** host:port/database without the password. */
function safeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}
