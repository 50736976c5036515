import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_EMBEDDED=1: the smoke run on the embedded database (e2e/embedded/, no
// E2E_DATABASE_URL, demo accounts seeded); otherwise the full suite on PostgreSQL.
const embedded = process.env.E2E_EMBEDDED === "1";
const report = embedded ? "test-results/e2e-embedded.json" : "test-results/e2e.json";
export const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium: Playwright's own browser download cannot work offline here.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "./e2e",
  ...(embedded ? { testMatch: "embedded/**/*.spec.ts" } : { testIgnore: "embedded/**" }),
  outputDir: embedded ? "./test-results/embedded" : "./test-results",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous: every page load is followed by an axe run, and CI machines vary in speed.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: report }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "en-GB",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(PORT) },
  },
});
