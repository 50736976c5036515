import pino from "pino";

// JSON lines on stdout. Secrets and personal data never reach the log: these
// paths are replaced wherever they occur in a logged object.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "lotus-portal" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "password",
      "*.password",
      "email",
      "*.email",
      "token",
      "*.token",
      "cookie",
      "*.cookie",
      "headers.cookie",
      "headers.authorization",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
});
