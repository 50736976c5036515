import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const AUTH_SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

/** Builds the production bundle unless one exists (BENCH_REBUILD=1 forces it). */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID")) && process.env.BENCH_REBUILD !== "1") return;
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

export interface AppServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  port: number;
  databaseUrl: string;
  /** Where stdout and stderr go (the server's JSON log). */
  logFile?: string;
  env?: Record<string, string>;
}

/** `next start` of the production build on 127.0.0.1, migrated and seeded, once /api/health answers 200. */
export async function startApp(options: StartOptions): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const out = options.logFile ? openSync(options.logFile, "a") : "ignore";
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server of a run.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      APP_URL: url,
      AUTH_URL: url,
      AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      SEED_ON_START: "true",
      LOG_LEVEL: "warn",
      // The load runs stand in for a reverse proxy: they name each simulated client in
      // X-Forwarded-For, which the app believes only from a trusted proxy (lib/security/client-address.ts).
      TRUSTED_PROXIES: "loopback",
      ...options.env,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const server: AppServer = {
    url,
    port: options.port,
    child,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  await waitHealthy(url, 120_000, exited);
  return server;
}

/** Polls /api/health until it answers 200 (or the process dies, or time runs out). */
export async function waitHealthy(url: string, timeoutMs: number, exited?: Promise<unknown>): Promise<number> {
  const started = Date.now();
  let dead = false;
  void exited?.then(() => (dead = true));
  while (Date.now() - started < timeoutMs) {
    if (dead) throw new Error(`${url}: the server exited before it was healthy`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}: not healthy after ${timeoutMs} ms`);
}
