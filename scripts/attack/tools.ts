import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";

/** The environment for the scanners: no proxies (everything stays on loopback). */
export function scannerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/_proxy$/i.test(key)) delete env[key];
  return { ...env, NO_PROXY: "*", no_proxy: "*" };
}

export function installed(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Runs a scanner with a hard time limit; its output goes to a log file and is returned. */
export function runBounded(command: string, args: string[], options: { timeoutMs: number; logFile: string }): Promise<{ code: number | null; timedOut: boolean; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: scannerEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
    const log = createWriteStream(options.logFile);
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      log.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let timedOut = false;
    // Our own child and its process group only (the scanners start no daemons).
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGTERM");
      setTimeout(() => kill("SIGKILL"), 5000).unref();
    }, options.timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      log.end();
      resolve({ code, timedOut, output, ms: Date.now() - started });
    });
  });
}
