// next-auth re-exports these classes from @auth/core (next-auth itself needs the Next runtime).
import { CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { captureLog } from "@/lib/testing/log-capture";
import { authLogger } from "./auth-logger";

function capture() {
  const { logger, lines } = captureLog();
  logger.level = "debug";
  return { log: authLogger(logger), records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), raw: () => lines.join("\n") };
}

class Throttled extends CredentialsSignin {
  code = "throttled";
}

describe("Auth.js logger through pino", () => {
  it("a wrong password is one JSON info line with its code: no stack, no colours, no [auth][error]", () => {
    const out = capture();
    out.log.error(new CredentialsSignin());
    out.log.error(new Throttled());
    const [wrong, throttled] = out.records();
    expect(wrong).toMatchObject({ level: 30, event: "auth.credentials_refused", type: "CredentialsSignin", code: "credentials" });
    expect(throttled).toMatchObject({ event: "auth.credentials_refused", code: "throttled" });
    expect(out.raw()).not.toMatch(/stack|\u001b\[|\[auth\]\[error\]/);
  });

  it("a real error is an error line with the cause's sanitised stack", () => {
    const out = capture();
    const error = Object.assign(new Error("Read more at https://errors.authjs.dev#callbackrouteerror"), {
      type: "CallbackRouteError",
      cause: new Error("connect ECONNREFUSED postgres://portal:hunter2@db:5432/x\r\n[FAKE] admin signed in"),
    });
    out.log.error(error);
    const [line] = out.records();
    expect(line).toMatchObject({ level: 50, event: "auth.error", type: "CallbackRouteError" });
    const err = line!.err as { message: string; stack: string };
    expect(err.message).toContain("ECONNREFUSED");
    expect(out.raw()).not.toContain("hunter2");
    expect(out.raw()).not.toContain("\r\n[FAKE]");
    expect(typeof err.stack).toBe("string");
  });

  it("warnings keep their code; debug metadata (tokens, cookies) is dropped", () => {
    const out = capture();
    out.log.warn("debug-enabled");
    // As Auth.js calls it: with metadata.
    const debugWithMetadata = out.log.debug as (message: string, metadata?: unknown) => void;
    debugWithMetadata("adapter_getUserByEmail", { token: "eyJsecret", cookie: "authjs.session-token=abc" });
    const [warning, debug] = out.records();
    expect(warning).toMatchObject({ level: 40, event: "auth.warning", code: "debug-enabled" });
    expect(debug).toMatchObject({ event: "auth.debug", detail: "adapter_getUserByEmail" });
    expect(out.raw()).not.toMatch(/eyJsecret|session-token=abc/);
  });
});
