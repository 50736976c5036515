import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountTokens, emailOutbox, users } from "@/db/schema";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { peek, RULES } from "@/lib/security/rate-limit";
import { authenticate } from "./credentials";
import { hashPassword } from "./password";
import { registerInvestor, requestPasswordReset, resetPassword, verifyEmail } from "./accounts";
import { consumeToken, hashToken, issueToken } from "./tokens";
import { registerSchema } from "./validation";

const input = registerSchema.parse({
  name: "Reza Ahmadi",
  company: "Golestan Agro Export",
  country: "IR",
  email: "Reza@Example.com",
  password: "pistachio orchards of kerman",
  consent: true,
});

describe.each(engines)("accounts on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(async () => t.drop());

  it("registers once, stores the normalised address and queues the e-mail in the recipient's language", async () => {
    await registerInvestor(t.db, input, "ru", "203.0.113.5");
    await registerInvestor(t.db, input, "en", "203.0.113.5"); // same address again
    const rows = await t.db.select().from(users).where(eq(users.email, "reza@example.com"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.passwordHash.startsWith("$argon2id$")).toBe(true);
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "reza@example.com"));
    expect(mails.map((m) => m.template).sort()).toEqual(["accountExists", "verifyEmail"]);
    const tokens = await t.db.select().from(accountTokens);
    // Only the hash is stored: the link's token appears nowhere in the table.
    const link = mails.find((m) => m.template === "verifyEmail")!.body.match(/token=([\w-]+)/)![1]!;
    expect(tokens.some((row) => row.tokenHash === hashToken(link))).toBe(true);
    expect(tokens.some((row) => row.tokenHash === link)).toBe(false);
  });

  it("verification tokens: valid once, tampered and reused ones fail", async () => {
    const [user] = await t.db.select().from(users).where(eq(users.email, "reza@example.com"));
    const token = await issueToken(t.db, user!.id, "verify_email");
    expect(await verifyEmail(t.db, `${token.slice(0, -1)}x`)).toBe(false);
    expect(await verifyEmail(t.db, token)).toBe(true);
    expect(await verifyEmail(t.db, token)).toBe(false);
    const [after] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(after!.emailVerifiedAt).not.toBeNull();
  });

  it("expired tokens fail; a token of one purpose does not serve another", async () => {
    const [user] = await t.db.select().from(users).where(eq(users.email, "reza@example.com"));
    const token = await issueToken(t.db, user!.id, "reset_password");
    expect(await consumeToken(t.db, token, "verify_email")).toBeNull();
    await t.db.update(accountTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(accountTokens.tokenHash, hashToken(token)));
    expect(await consumeToken(t.db, token, "reset_password")).toBeNull();
  });

  it("a reset sets the password and bumps the session version; unknown e-mails change nothing", async () => {
    await requestPasswordReset(t.db, "nobody@example.com", "203.0.113.9");
    const before = await t.db.select().from(emailOutbox);
    await requestPasswordReset(t.db, "reza@example.com", "203.0.113.9");
    const after = await t.db.select().from(emailOutbox);
    expect(after.length).toBe(before.length + 1);
    const mail = after.find((m) => m.template === "resetPassword")!;
    expect(mail.locale).toBe("ru"); // the recipient's language, not the requester's
    const token = mail.body.match(/token=([\w-]+)/)![1]!;
    const [user] = await t.db.select().from(users).where(eq(users.email, "reza@example.com"));
    expect(await resetPassword(t.db, token, "password1234")).toBe("commonPassword");
    expect(await resetPassword(t.db, token, "a new caspian passphrase")).toBe("ok");
    expect(await resetPassword(t.db, token, "another caspian passphrase")).toBe("invalidToken");
    const [updated] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(updated!.sessionVersion).toBe(user!.sessionVersion + 1);
  });

  it("throttles the 6th failed sign-in of an account; wrong password and unknown e-mail look alike", async () => {
    const unknown = await authenticate(t.db, { email: "ghost@example.com", password: "x".repeat(12) }, "198.51.100.1");
    const wrong = await authenticate(t.db, { email: "reza@example.com", password: "wrong one 123" }, "198.51.100.2");
    expect(unknown).toEqual(wrong);
    for (let i = 0; i < 4; i += 1) {
      expect((await authenticate(t.db, { email: "reza@example.com", password: `wrong ${i}` }, `198.51.100.${10 + i}`)).ok).toBe(false);
    }
    // A different address each time: the per-account counter still holds.
    const sixth = await authenticate(t.db, { email: "REZA@example.com ", password: "a new caspian passphrase" }, "198.51.100.99");
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    if (!sixth.ok && sixth.reason === "throttled") expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("a concurrent burst of wrong passwords from one address checks no more passwords than the address limit", async () => {
    // A password spray sent all at once: counting only after each check let every request of the burst through.
    const limit = RULES.signInAddress.points;
    const results = await Promise.all(
      Array.from({ length: limit + 10 }, (_, i) => authenticate(t.db, { email: `spray-${i}@example.com`, password: "Winter2026!Lotus" }, "192.0.2.77")),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(limit);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(10);
  });

  it("a successful sign-in does not use up the address's allowance", async () => {
    await authenticate(t.db, { email: "ghost-2@example.com", password: "x".repeat(12) }, "192.0.2.88");
    await t.db.update(users).set({ passwordHash: await hashPassword("a new caspian passphrase") }).where(eq(users.email, "reza@example.com"));
    await t.db.execute(sql`delete from rate_limits where key like 'sign-in:account:%'`);
    for (let i = 0; i < RULES.signInAddress.points + 2; i += 1) {
      expect((await authenticate(t.db, { email: "reza@example.com", password: "a new caspian passphrase" }, "192.0.2.88")).ok).toBe(true);
    }
    expect((await peek(t.db, RULES.signInAddress, "192.0.2.88")).remaining).toBe(RULES.signInAddress.points - 1);
  });
});
