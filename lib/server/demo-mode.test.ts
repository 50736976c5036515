import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { demoExposure } from "./demo-mode";
import { isLoopbackAddress, isLoopbackHost } from "./loopback";

// Issue 12 item 6: the quick start served demo accounts and every reset link to the network.
describe("demo mode", () => {
  it("is never derived from a missing DATABASE_URL: only DEMO_MODE=true turns it on", () => {
    expect(parseEnv({ NODE_ENV: "production" }).demoMode).toBe(false);
    expect(parseEnv({}).demoMode).toBe(false);
    expect(parseEnv({ DEMO_MODE: "true" }).demoMode).toBe(true);
  });

  it("is refused with a real database in production mode", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@db/x", AUTH_SECRET: "x".repeat(32), APP_URL: "https://portal.example", DEMO_MODE: "true" })).toThrow(EnvError);
  });

  it("refuses to listen beyond loopback unless confirmed, saying why in one line", () => {
    const demo = parseEnv({ DEMO_MODE: "true" });
    for (const host of ["127.0.0.1", "::1", "localhost", "127.0.0.2"]) expect(demoExposure(demo, host)).toBeNull();
    for (const host of [undefined, "", "0.0.0.0", "::", "192.0.2.2", "portal-7f9c"]) {
      const message = demoExposure(demo, host);
      expect(message).toMatch(/^demo mode .*DEMO_MODE=false.*DEMO_MODE_ALLOW_NETWORK=true\)$/);
      expect(message).not.toContain("\n");
    }
    expect(demoExposure(parseEnv({ DEMO_MODE: "true", DEMO_MODE_ALLOW_NETWORK: "true" }), "0.0.0.0")).toBeNull();
    expect(demoExposure(parseEnv({}), "0.0.0.0")).toBeNull();
  });

  it("knows loopback peers from the rest", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ["192.0.2.2", "::ffff:192.0.2.2", "10.0.0.1", "", null, undefined, "localhost", "127.0.0.1.evil.example"]) expect(isLoopbackAddress(address)).toBe(false);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
  });
});
