import { describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log";
import { logRequestError, requestIdOf } from "./request-error";

describe("onRequestError logging", () => {
  it("logs the digest, the path without its query, the request id and the route", async () => {
    const spy = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const error = Object.assign(new Error("boom"), { digest: "2718281828" });
    await logRequestError(
      error,
      { path: "/en/reset-password?token=secret-token-value", method: "GET", headers: { "x-request-id": "req-12345678" } },
      { routerKind: "App Router", routePath: "/[locale]/reset-password", routeType: "render", revalidateReason: undefined },
    );
    const [entry] = spy.mock.calls[0]! as unknown as [Record<string, unknown>];
    expect(entry).toMatchObject({ event: "request.failed", digest: "2718281828", requestId: "req-12345678", path: "/en/reset-password", route: "/[locale]/reset-password" });
    expect(JSON.stringify(entry)).not.toContain("secret-token-value");
    spy.mockRestore();
  });

  it("a missing or malformed request id is replaced, never echoed", () => {
    expect(requestIdOf({ "x-request-id": "abc\r\ninjected" })).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({})).toMatch(/^[0-9a-f-]{36}$/);
  });
});
