import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["{lib,db,app,components,scripts,bench}/**/*.test.{ts,tsx}"],
    environment: "node",
    // next-intl's ESM imports `next/server` without an extension, which only a bundler resolves (proxy.ts tests).
    server: { deps: { inline: ["next-intl"] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry: keep parallelism modest on 2 cores.
    maxWorkers: 2,
  },
});
