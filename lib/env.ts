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

/** A positive number of seconds, with its default; anything else stops the start with the variable named. */
const seconds = (fallback: number) => z.coerce.number({ error: "expected a number of seconds" }).positive("expected a positive number of seconds").default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  /** Where the embedded database and the development secret live (git-ignored). */
  DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Public origin of the portal, used in e-mail links and canonical URLs. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Auth.js's own base URL; lib/auth/config.ts pins it to APP_URL when unset. */
  AUTH_URL: z.url().optional(),
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
  /** Path-style URLs (endpoint/bucket/key); defaults to true when DOCUMENTS_S3_ENDPOINT is set. */
  DOCUMENTS_S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
  /**
   * Node's server timeouts (lib/server/http-timeouts.ts). Headers within 60 s (Node's own
   * default: a 10 s cut also cut busy kept-alive connections under load, see
   * bench/faults/public-load.ts); the whole request within 60 s (Node: 300 s; a 10 MB
   * document at about 1.4 Mbit/s); idle keep-alive 65 s, longer than a proxy's 60 s.
   */
  HTTP_HEADERS_TIMEOUT_SECONDS: seconds(60),
  HTTP_REQUEST_TIMEOUT_SECONDS: seconds(60),
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: seconds(65),
  /** After SIGTERM, how long in-flight requests may finish (lib/server/shutdown.ts); below the supervisor's stop timeout. */
  SHUTDOWN_DRAIN_SECONDS: seconds(25),
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
  /** The address Next's standalone server binds (its own variable); every interface when unset. */
  HOSTNAME: z.string().optional(),
});

export type Env = Omit<z.infer<typeof schema>, "DOCUMENTS_S3_FORCE_PATH_STYLE"> & {
  DOCUMENTS_S3_FORCE_PATH_STYLE: boolean;
  /** NODE_ENV=production on a real server: secrets are mandatory, no demo data. */
  isProduction: boolean;
  embedded: boolean;
  demoMode: boolean;
  /** Served by Next's standalone server (npm start), which binds HOSTNAME itself. */
  standalone: boolean;
  dataDir: string;
  seedOnStart: boolean;
  /** APP_URL as set, or undefined when left at its default (development): checks that compare against the public origin then stand down. */
  configuredAppUrl: string | undefined;
  /** The public origin is https: Secure cookies with __Secure-/__Host- names, upgrade-insecure-requests. */
  https: boolean;
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
  // `next build` evaluates route modules to collect their configuration; the secrets belong to
  // the server that runs the build, not to the build (CI builds with DATABASE_URL set).
  if (isProduction && source.NEXT_PHASE !== "phase-production-build") {
    const missing = (["AUTH_SECRET", "APP_URL"] as const).filter((key) => !source[key]);
    if (missing.length > 0) {
      throw new EnvError(`Production mode (NODE_ENV=production with DATABASE_URL) needs: ${missing.join(", ")}`);
    }
  }
  const demoMode = env.DEMO_MODE === "true";
  if (demoMode && isProduction) {
    throw new EnvError("DEMO_MODE=true seeds accounts whose passwords are published: not with NODE_ENV=production and DATABASE_URL");
  }
  if (!env.DOCUMENTS_S3_ACCESS_KEY_ID !== !env.DOCUMENTS_S3_SECRET_ACCESS_KEY) {
    throw new EnvError("DOCUMENTS_S3_ACCESS_KEY_ID and DOCUMENTS_S3_SECRET_ACCESS_KEY go together: set both, or neither for the SDK's default credentials");
  }
  return {
    ...env,
    DOCUMENTS_S3_FORCE_PATH_STYLE: env.DOCUMENTS_S3_FORCE_PATH_STYLE ? env.DOCUMENTS_S3_FORCE_PATH_STYLE === "true" : Boolean(env.DOCUMENTS_S3_ENDPOINT),
    isProduction,
    embedded,
    demoMode,
    standalone: source.__NEXT_PRIVATE_STANDALONE_CONFIG !== undefined,
    dataDir: path.resolve(env.DATA_DIR),
    seedOnStart: env.SEED_ON_START ? env.SEED_ON_START === "true" : embedded,
    configuredAppUrl: source.APP_URL ? env.APP_URL : undefined,
    https: env.APP_URL.startsWith("https://"),
  };
}

const NAMES = Object.keys(schema.shape);
let cached: { fingerprint: string; env: Env } | undefined;

/**
 * The environment, parsed and checked: the one place the app reads its
 * variables. Parsed again only when one of them changed in process.env (the
 * start-up writes the generated development AUTH_SECRET there, for Auth.js and
 * for every module instance Next loads; tests set variables per case).
 */
export function env(): Env {
  const fingerprint = NAMES.map((name) => process.env[name] ?? "").join("\0");
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, env: parseEnv() };
  return cached.env;
}

/** LOG_LEVEL alone, never throwing: the logger must exist to report a bad environment. */
export function logLevel(): Env["LOG_LEVEL"] {
  return schema.shape.LOG_LEVEL.catch("info").parse(process.env.LOG_LEVEL || undefined);
}
