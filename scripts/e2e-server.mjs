// The server Playwright tests talk to: the production build, on a database
// made for this run (E2E_DATABASE_URL, or a fresh embedded one in a temp folder).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SERVER, prepareStandalone, standaloneEnv } from "./standalone.mjs";

const port = process.env.PORT ?? "3100";
const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: port,
  APP_URL: `http://127.0.0.1:${port}`,
  AUTH_URL: `http://127.0.0.1:${port}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456789",
  AUTH_TRUST_HOST: "true",
  SEED_ON_START: "true",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
let tempDir;
if (process.env.E2E_DATABASE_URL) {
  env.DATABASE_URL = process.env.E2E_DATABASE_URL;
} else {
  delete env.DATABASE_URL;
  tempDir = mkdtempSync(path.join(os.tmpdir(), "lotus-e2e-"));
  env.DATA_DIR = tempDir;
}

// Not demo mode (as in production): the suite makes its own accounts and reads e-mails from the database.
// The embedded smoke run (E2E_EMBEDDED=1) is the README's quick start, which is demo mode: demo
// accounts and the loopback-only mailbox.
if (process.env.E2E_EMBEDDED === "1") env.DEMO_MODE = "true";
else delete env.DEMO_MODE;
prepareStandalone();
const server = spawn(process.execPath, [SERVER], { stdio: "inherit", env: standaloneEnv({ host: "127.0.0.1", port, env }) });
const stop = (signal) => server.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
