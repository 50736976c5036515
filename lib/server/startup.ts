import { sql } from "drizzle-orm";
import { getConnection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/run";
import { EnvError, env } from "@/lib/env";
import { logger } from "@/lib/log";
import { startOutboxWorker } from "@/lib/mail/sender";
import { describeDatabaseError } from "./database-errors";
import { ensureDevelopmentSecret } from "./dev-secret";
import { installClientAddressStamp } from "./client-address-stamp";
import { installHttpTimeouts } from "./http-timeouts";
import { demoExposure, installDemoListenerCheck } from "./demo-mode";
import { installPeerAddressHeader } from "./peer-address";
import { installShutdown } from "./shutdown";

function fail(message: string): never {
  // One line on stderr for a human, one JSON line for the log pipeline.
  logger.fatal({ event: "startup.failed" }, message);
  process.stderr.write(`lotus: ${message}\n`);
  process.exit(1);
}

/**
 * Runs once per server process before it serves (instrumentation.ts):
 * validate the environment, reach the database, apply pending migrations
 * under an advisory lock, and seed the embedded database.
 */
export async function startServer(): Promise<void> {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  // Before the first request: per-address limits must never see an unstamped one.
  installClientAddressStamp(config.TRUSTED_PROXIES);
  // The standalone server (npm start) binds HOSTNAME, every interface when unset; refuse before
  // it serves. Any other start (`next start -H …`) is checked on its real address at the first request.
  const exposed = config.standalone ? demoExposure(config, config.HOSTNAME) : null;
  if (exposed) fail(exposed);
  installPeerAddressHeader();
  if (config.demoMode) installDemoListenerCheck(config, fail);
  if (config.embedded && !config.AUTH_SECRET) {
    // Written to process.env, where Auth.js reads it and env() of every module instance finds it.
    // eslint-disable-next-line no-restricted-properties -- a write, the one way to hand the secret to Auth.js
    process.env.AUTH_SECRET = ensureDevelopmentSecret(config.dataDir);
  }
  const started = Date.now();
  try {
    const { db, kind } = getConnection();
    await db.execute(sql`select 1`);
    const { applied, total } = await runMigrations(db);
    if (config.seedOnStart) await seedDatabase(db, { demoAccounts: config.demoMode });
    installShutdown(startOutboxWorker(db));
    installHttpTimeouts();
    logger.info({ event: "startup.ready", db: kind, applied, total, demoMode: config.demoMode, ms: Date.now() - started }, "database ready");
  } catch (error) {
    fail(describeDatabaseError(error, config.DATABASE_URL));
  }
}
