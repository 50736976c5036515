import path from "node:path";
import { z } from "zod";

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
  /** Path-style URLs (endpoint/bucket/key); defaults to true when DOCUMENTS_S3_ENDPOINT is set. */
  DOCUMENTS_S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
  /** Run the idempotent seed at start-up; on by default for the embedded database only. */
  SEED_ON_START: z.enum(["true", "false"]).optional(),
});

export type Env = Omit<z.infer<typeof schema>, "DOCUMENTS_S3_FORCE_PATH_STYLE"> & {
  DOCUMENTS_S3_FORCE_PATH_STYLE: boolean;
  /** NODE_ENV=production on a real server: secrets are mandatory, no demo data. */
  isProduction: boolean;
  embedded: boolean;
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
  if (!env.DOCUMENTS_S3_ACCESS_KEY_ID !== !env.DOCUMENTS_S3_SECRET_ACCESS_KEY) {
    throw new EnvError("DOCUMENTS_S3_ACCESS_KEY_ID and DOCUMENTS_S3_SECRET_ACCESS_KEY go together: set both, or neither for the SDK's default credentials");
  }
  return {
    ...env,
    DOCUMENTS_S3_FORCE_PATH_STYLE: env.DOCUMENTS_S3_FORCE_PATH_STYLE ? env.DOCUMENTS_S3_FORCE_PATH_STYLE === "true" : Boolean(env.DOCUMENTS_S3_ENDPOINT),
    isProduction,
    embedded,
    dataDir: path.resolve(env.DATA_DIR),
    seedOnStart: env.SEED_ON_START ? env.SEED_ON_START === "true" : embedded,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
