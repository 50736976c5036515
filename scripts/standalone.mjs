// The production server as Next documents it for `output: "standalone"`:
// `node .next/standalone/server.js`, with the build's static files and
// `public/` copied beside it (the standalone folder holds only the server
// and the files it traced). `next start` would print a warning and serve
// from the project folder instead. Shared by `npm start` and the e2e server.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
const STANDALONE = path.join(ROOT, ".next", "standalone");
export const SERVER = path.join(STANDALONE, "server.js");

/** Copies `.next/static` and `public` into the standalone folder (again after each build). */
export function prepareStandalone() {
  if (!existsSync(SERVER)) throw new Error(`${path.relative(ROOT, SERVER)} is missing: run \`next build\` (next.config.mjs has output: "standalone")`);
  const staticTarget = path.join(STANDALONE, ".next", "static");
  rmSync(staticTarget, { recursive: true, force: true });
  cpSync(path.join(ROOT, ".next", "static"), staticTarget, { recursive: true });
  if (existsSync(path.join(ROOT, "public"))) cpSync(path.join(ROOT, "public"), path.join(STANDALONE, "public"), { recursive: true });
}

/**
 * The environment of the standalone server: it changes into its own folder,
 * so a relative DATA_DIR (the embedded database, the documents) is made
 * absolute against the project, where `.data/` has always lived.
 */
export function standaloneEnv({ host, port, env = process.env }) {
  return { ...env, HOSTNAME: host, PORT: String(port), DATA_DIR: path.resolve(ROOT, env.DATA_DIR ?? ".data") };
}
