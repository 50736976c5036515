import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { waitHealthy } from "../bench/lib/app-server";
import { externalAddress, startDemoServer } from "../bench/lib/demo-server";
import { expect, test } from "./fixtures";

// Issue 12 item 6: `npm install && npm start` served demo accounts and every reset link to the network.
// These tests start their own servers from the same build, on ports above the suite's.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
const external = externalAddress();

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 }, () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => (socket.destroy(), resolve(false)));
  });

test.describe("demo mode", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  test("the quick start (npm start, no DATABASE_URL) listens on loopback only and serves the mailbox there", async () => {
    // Fail, not skip: without an address beyond loopback this spec would prove nothing.
    expect(external, "this check needs an IPv4 address beyond loopback on the machine").toBeTruthy();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "lotus-quickstart-"));
    const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, DATABASE_URL: "", DEMO_MODE: "", HOST: "", PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: "warn" }, stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      await waitHealthy(`http://127.0.0.1:${PORT}`, 150_000, exited);
      expect((await fetch(`http://127.0.0.1:${PORT}/en/dev/mailbox`)).status).toBe(200);
      expect(await reachable(external!, PORT)).toBe(false);
    } finally {
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("demo mode on every interface refuses to start, saying why in one line", async () => {
    const server = startDemoServer(PORT + 1, false);
    const code = await Promise.race([server.exited, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 60_000))]);
    await server.stop();
    expect(code).toBe(1);
    expect(server.stderr()).toMatch(/^lotus: demo mode .*DEMO_MODE_ALLOW_NETWORK=true\)$/m);
  });

  test("confirmed on the network, the mailbox still answers only requests from this machine", async () => {
    // Fail, not skip: without an address beyond loopback this spec would prove nothing.
    expect(external, "this check needs an IPv4 address beyond loopback on the machine").toBeTruthy();
    const server = startDemoServer(PORT + 2, true);
    try {
      await waitHealthy(`http://127.0.0.1:${PORT + 2}`, 150_000, server.exited);
      expect((await fetch(`http://127.0.0.1:${PORT + 2}/en/dev/mailbox`)).status).toBe(200);
      // From the machine's other address, with every header that could claim "local".
      const remote = await fetch(`http://${external}:${PORT + 2}/en/dev/mailbox`, { headers: { "x-forwarded-for": "127.0.0.1", "x-lotus-peer-address": "127.0.0.1", "x-real-ip": "127.0.0.1" } });
      expect(remote.status).toBe(404);
      expect(await remote.text()).not.toContain("e-mails in the outbox");
      // The rest of the portal is served to the network as usual.
      expect((await fetch(`http://${external}:${PORT + 2}/api/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
