import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./app-server";

export interface DemoServer {
  /** Resolves with the exit code (null if killed) once the process has ended. */
  exited: Promise<number | null>;
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * The standalone production server on a fresh embedded database in demo mode,
 * listening on every interface (HOSTNAME=0.0.0.0), as someone would expose the
 * quick start: the case lib/server/demo-mode.ts refuses unless `allowNetwork`.
 */
export function startDemoServer(port: number, allowNetwork: boolean): DemoServer {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lotus-demo-"));
  const child = spawn(process.execPath, [path.join(ROOT, ".next", "standalone", "server.js")], {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      DEMO_MODE: "true",
      DEMO_MODE_ALLOW_NETWORK: allowNetwork ? "true" : "false",
      HOSTNAME: "0.0.0.0",
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      AUTH_URL: "",
      LOG_LEVEL: "warn",
    },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    exited,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** The machine's first IPv4 address beyond loopback: a peer that is not "this machine" to the server. */
export function externalAddress(): string | undefined {
  return Object.values(os.networkInterfaces()).flat().find((entry) => entry && entry.family === "IPv4" && !entry.internal)?.address;
}
