// npm start: serve the production build (building it first when this
// checkout has none) with Next's standalone server. Migrations and seeding
// run inside the server at start-up (instrumentation.ts).
//
// Without DATABASE_URL this is the quick start on the embedded database:
// it listens on 127.0.0.1 only (HOST changes that) and in demo mode (demo
// accounts, the development mailbox; DEMO_MODE=false turns it off). The
// server refuses demo mode on an address beyond loopback (lib/server/demo-mode.ts).
// With DATABASE_URL it is a production start: every interface unless HOST says otherwise, no demo.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT, SERVER, prepareStandalone, standaloneEnv } from "./standalone.mjs";

if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !existsSync(SERVER)) {
  console.log("No production build yet: running `next build` once.");
  const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", cwd: ROOT });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
prepareStandalone();

const embedded = !process.env.DATABASE_URL;
// An empty value counts as unset: HOST="" must not become the standalone server's "every interface".
const host = process.env.HOST || (embedded ? "127.0.0.1" : "0.0.0.0");
const env = standaloneEnv({ host, port: process.env.PORT || "3000" });
if (embedded && !env.DEMO_MODE) env.DEMO_MODE = "true";

const server = spawn(process.execPath, [SERVER], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
