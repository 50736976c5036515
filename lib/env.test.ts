import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("needs nothing for the embedded default", () => {
    const env = parseEnv({});
    expect(env.embedded).toBe(true);
    expect(env.isProduction).toBe(false);
    expect(env.seedOnStart).toBe(true);
  });
  it("refuses a malformed DATABASE_URL with one line", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "postgres//x" })).toThrow(/DATABASE_URL is malformed/);
  });
  it("refuses a TRUSTED_PROXIES entry that is no address or range, naming it", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "loopback, nginx" })).toThrow(/TRUSTED_PROXIES: "nginx" is not an IP address or CIDR range/);
    expect(parseEnv({ TRUSTED_PROXIES: "loopback, 10.0.0.0/8" }).TRUSTED_PROXIES).toBe("loopback, 10.0.0.0/8");
  });
  it("next build with DATABASE_URL needs no secrets: they belong to the running server", () => {
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db", NEXT_PHASE: "phase-production-build" }).isProduction).toBe(true);
  });
  it("production mode names the missing secrets", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db" })).toThrow(
      "Production mode (NODE_ENV=production with DATABASE_URL) needs: AUTH_SECRET, APP_URL",
    );
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db", AUTH_SECRET: "s".repeat(40), APP_URL: "https://lotus.example" });
    expect(env.isProduction).toBe(true);
    expect(env.seedOnStart).toBe(false);
  });
  it("reads the server timeouts and the drain window as positive seconds, naming a bad one", () => {
    const env = parseEnv({});
    expect([env.HTTP_HEADERS_TIMEOUT_SECONDS, env.HTTP_REQUEST_TIMEOUT_SECONDS, env.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS, env.SHUTDOWN_DRAIN_SECONDS]).toEqual([60, 60, 65, 25]);
    expect(parseEnv({ SHUTDOWN_DRAIN_SECONDS: "10" }).SHUTDOWN_DRAIN_SECONDS).toBe(10);
    expect(() => parseEnv({ HTTP_REQUEST_TIMEOUT_SECONDS: "soon" })).toThrow(/HTTP_REQUEST_TIMEOUT_SECONDS/);
    expect(() => parseEnv({ SHUTDOWN_DRAIN_SECONDS: "-1" })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
  });
  it("tells a configured APP_URL from the development default, and https from http", () => {
    expect(parseEnv({}).configuredAppUrl).toBeUndefined();
    expect(parseEnv({}).https).toBe(false);
    const env = parseEnv({ APP_URL: "https://lotus.example" });
    expect(env.configuredAppUrl).toBe("https://lotus.example");
    expect(env.https).toBe(true);
  });
});
