/**
 * What reaches the log is made safe here, whatever the caller passed: CR and
 * LF become the two characters `\r` `\n` (no forged lines in any viewer that
 * decodes the JSON), passwords in URLs (`postgres://user:pass@…`) and e-mail
 * addresses become `[credentials]` and `[email]`, and errors lose the
 * fields drivers attach with data in them (SQL parameters, row details).
 */
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi;
const EMAIL = /[^\s@"'<>(),;:[\]/]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
const MAX_DEPTH = 8;
const MAX_STRING = 4000;

export function cleanString(value: string): string {
  const clipped = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  return clipped.replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(URL_CREDENTIALS, "$1[credentials]@").replace(EMAIL, "[email]");
}

export interface SafeError {
  type: string;
  message: string;
  code?: string;
  digest?: string;
  stack?: string;
}

/** Name, message, code, digest and stack only: never `query`, `parameters`, `detail` or `cause` data. */
export function safeError(error: unknown): SafeError | string {
  if (!(error instanceof Error)) return typeof error === "string" ? cleanString(error) : "[non-error thrown]";
  const extra = error as Error & { code?: unknown; digest?: unknown };
  return {
    type: cleanString(error.name),
    message: cleanString(error.message),
    ...(typeof extra.code === "string" ? { code: cleanString(extra.code) } : {}),
    ...(typeof extra.digest === "string" ? { digest: cleanString(extra.digest) } : {}),
    ...(error.stack ? { stack: cleanString(error.stack) } : {}),
  };
}

export function cleanValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return cleanString(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Error) return safeError(value);
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => cleanValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[cleanString(key)] = cleanValue(item, depth + 1);
  return out;
}
