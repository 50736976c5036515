import pino, { type DestinationStream, type Logger } from "pino";
import { logLevel } from "./env";
import { cleanString, cleanValue, safeError } from "./log-sanitize";

// Secrets and personal data never reach the log: these paths are replaced
// wherever they occur in a logged object (two levels deep), and every string
// value also passes through cleanValue (CR/LF escaped, e-mails masked).
const SECRET_KEYS = ["password", "email", "token", "pendingToken", "cookie", "authorization", "secret", "totpSecret", "passwordHash", "codeHash"];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
];

/** JSON lines; `destination` lets tests read what would be written. */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: logLevel(),
      base: { service: "lotus-portal" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { log: (object) => cleanValue(object) as Record<string, unknown> },
      serializers: { err: (value: unknown) => (value instanceof Error ? safeError(value) : value), msg: (message: unknown) => (typeof message === "string" ? cleanString(message) : message) },
    },
    destination,
  );
}

export const logger = createLogger();
