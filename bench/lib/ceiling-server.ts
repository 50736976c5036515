import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./app-server";

const CEILING_DIR = path.join(ROOT, "bench", "ceiling");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export interface CeilingServer {
  url: string;
  stop(): Promise<void>;
}

/** Builds the bare ceiling app (bench/ceiling) unless a build exists (BENCH_REBUILD=1 forces it). */
export function ensureCeilingBuild(): void {
  if (existsSync(path.join(CEILING_DIR, ".next", "BUILD_ID")) && process.env.BENCH_REBUILD !== "1") return;
  const result = spawnSync(process.execPath, [NEXT, "build", CEILING_DIR], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build of bench/ceiling failed");
}

/** `next start` of the ceiling app on 127.0.0.1, once its page answers 200. */
export async function startCeiling(port: number): Promise<CeilingServer> {
  ensureCeilingBuild();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT, "start", CEILING_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    if (child.exitCode !== null) throw new Error("the ceiling app exited before it answered");
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${url}: the ceiling app did not answer within 60 s`);
}
