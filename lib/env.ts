import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/security/client-address";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL is malformed: expected postgres://user:password@host:port/database");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  /** Where the embedded database and the development secret live (git-ignored). */
  DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Public origin of the portal, used in e-mail links and canonical URLs. */
  APP_URL: z.url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Lotus SEZ portal <no-reply@lotus-sez.example>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Documents go to an S3-compatible bucket when this is set (several instances); local disk otherwise. */
  DOCUMENTS_S3_BUCKET: z.string().optional(),
  DOCUMENTS_S3_REGION: z.string().default("us-east-1"),
  DOCUMENTS_S3_ENDPOINT: z.url().optional(),
  DOCUMENTS_S3_ACCESS_KEY_ID: z.string().optional(),
  DOCUMENTS_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated;
   * `loopback` for a proxy on the same machine). Unset: the socket's address is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** Run the idempotent seed at start-up; on by default for the embedded database only. */
  SEED_ON_START: z.enum(["true", "false"]).optional(),
  /**
   * Demo mode: the demo accounts (passwords printed in the README) and the development
   * mailbox (every reset and verification link). Off unless set: `npm start` on the
   * embedded database sets it (scripts/start.mjs), nothing else derives it.
   */
  DEMO_MODE: z.enum(["true", "false"]).default("false"),
  /** Demo mode on an address beyond loopback is refused unless this confirms it. */
  DEMO_MODE_ALLOW_NETWORK: z.enum(["true", "false"]).default("false"),
});

export type Env = z.infer<typeof schema> & {
  /** NODE_ENV=production on a real server: secrets are mandatory, no demo data. */
  isProduction: boolean;
  embedded: boolean;
  demoMode: boolean;
  dataDir: string;
  seedOnStart: boolean;
};

export class EnvError extends Error {}

/** Parses the environment once; throws EnvError with one line naming what to set. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new EnvError(issue?.message.includes(name) ? issue.message : `${name}: ${issue?.message}`);
  }
  const env = result.data;
  const embedded = !env.DATABASE_URL;
  const isProduction = env.NODE_ENV === "production" && !embedded;
  if (isProduction) {
    const missing = (["AUTH_SECRET", "APP_URL"] as const).filter((key) => !source[key]);
    if (missing.length > 0) {
      throw new EnvError(`Production mode (NODE_ENV=production with DATABASE_URL) needs: ${missing.join(", ")}`);
    }
  }
  const demoMode = env.DEMO_MODE === "true";
  if (demoMode && isProduction) {
    throw new EnvError("DEMO_MODE=true seeds accounts whose passwords are published: not with NODE_ENV=production and DATABASE_URL");
  }
  return {
    ...env,
    isProduction,
    embedded,
    demoMode,
    dataDir: path.resolve(env.DATA_DIR),
    seedOnStart: env.SEED_ON_START ? env.SEED_ON_START === "true" : embedded,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
