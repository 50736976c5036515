// npm start: serve the production build on PORT (default 3000), building it
// first when this checkout has none. Migrations and (embedded) seeding run
// inside the server at start-up (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const nextBin = "node_modules/next/dist/bin/next";

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running `next build` once.");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [nextBin, "start", "-p", port, ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
