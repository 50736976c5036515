import { describe, expect, it } from "vitest";
import { captureLog as capture } from "@/lib/testing/log-capture";

describe("log hygiene", () => {
  it("escapes CR/LF in values and messages: one event is one line", () => {
    const { logger, lines, last } = capture();
    logger.warn({ event: "auth.sign_in_failed", attempted: "x\r\n[FAKE] admin login ok" }, "failed for\nsomeone");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/(^|[^\\])\\n\[FAKE\]/); // JSON's own escaping alone would decode back to a newline
    expect(last().attempted).toBe("x\\r\\n[FAKE] admin login ok");
    expect(last().msg).toBe("failed for\\nsomeone");
  });

  it("redacts passwords, tokens, cookies and e-mail fields, and masks addresses inside text", () => {
    const { logger, lines } = capture();
    logger.info({
      email: "anna@weser.example",
      user: { password: "hunter2 hunter2", token: "abc", totpSecret: "JBSWY3DP" },
      headers: { cookie: "authjs.session-token=xyz", authorization: "Bearer q", "set-cookie": "lotus-second-factor=tkt" },
      note: "reset requested for Anna@Weser.example twice",
      db: "cannot reach postgres://lotus:s3cr3t-pw@db.internal:5432/lotus",
    });
    const line = lines[0]!;
    for (const secret of ["anna@weser.example", "hunter2", "abc", "JBSWY3DP", "xyz", "Bearer q", "tkt", "Anna@Weser", "s3cr3t-pw"]) expect(line).not.toContain(secret);
    expect(line).toContain("[redacted]");
    expect(line).toContain("reset requested for [email] twice");
    expect(line).toContain("postgres://[credentials]@db.internal:5432/lotus");
  });

  it("errors keep name, message, code and digest, never the driver's query or parameters", () => {
    const { logger, last } = capture();
    const error = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: "23505",
      query: "insert into users (email, password_hash) values ($1, $2)",
      parameters: ["anna@weser.example", "$argon2id$v=19$secret"],
      detail: "Key (email)=(anna@weser.example) already exists.",
    });
    logger.error({ event: "action.failed", err: error });
    const err = last().err as Record<string, unknown>;
    expect(err).toMatchObject({ type: "Error", code: "23505" });
    expect(JSON.stringify(last())).not.toMatch(/argon2id|anna@|insert into/);
  });
});
