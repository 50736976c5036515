import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountTokens, emailOutbox, users } from "@/db/schema";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { peek, RULES } from "@/lib/security/rate-limit";
import { authenticate } from "./credentials";
import { MAX_ACCOUNT_DELAY_SECONDS, MAX_PAIR_DELAY_SECONDS } from "./sign-in-delay";
import { sessionLastSeen, startSession } from "./user-sessions";
import { hashPassword } from "./password";
import { changePassword, registerInvestor, requestPasswordReset, resendVerification, resetPassword, signOutOtherDevices, verifyEmail } from "./accounts";
import { consumeToken, hashToken, issueToken } from "./tokens";
import { registerSchema } from "./validation";

// The real hash, watched: a bogus reset token must not cost one.
vi.mock("./password", async (original) => {
  const actual = await original<typeof import("./password")>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

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
    const session = await startSession(t.db, user!.id, Math.floor(Date.now() / 1000), 3600);
    expect(await resetPassword(t.db, token, "password1234", "203.0.113.9")).toEqual({ ok: false, reason: "commonPassword" });
    expect(await resetPassword(t.db, token, "a new caspian passphrase", "203.0.113.9")).toEqual({ ok: true });
    expect(await resetPassword(t.db, token, "another caspian passphrase", "203.0.113.9")).toEqual({ ok: false, reason: "invalidToken" });
    const [updated] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(updated!.sessionVersion).toBe(user!.sessionVersion + 1);
    expect(await sessionLastSeen(t.db, session, user!.id)).toBeNull(); // every session ended
  });

  it("wrong passwords from other addresses never lock the owner out: the right one from a new address signs in", async () => {
    const slept: number[] = [];
    const sleep = async (ms: number) => void slept.push(ms);
    const unknown = await authenticate(t.db, { email: "ghost@example.com", password: "x".repeat(12) }, "198.51.100.1", { sleep });
    const wrong = await authenticate(t.db, { email: "reza@example.com", password: "wrong one 123" }, "198.51.100.2", { sleep });
    expect(unknown).toEqual(wrong);
    // The old account limit (5) and well beyond, each from another address: a stranger spreading guesses.
    for (let i = 0; i < 24; i += 1) {
      expect(await authenticate(t.db, { email: "reza@example.com", password: `wrong ${i}` }, `198.51.100.${10 + i}`, { sleep })).toEqual({ ok: false, reason: "invalid" });
    }
    const owner = await authenticate(t.db, { email: "REZA@example.com ", password: "a new caspian passphrase" }, "203.0.113.200", { sleep });
    expect(owner).toMatchObject({ ok: true });
    // Slowed, not blocked: waits grow with the account's failures and stay short.
    expect(Math.max(...slept)).toBeLessThanOrEqual(MAX_ACCOUNT_DELAY_SECONDS * 1000);
    expect(slept.length).toBeGreaterThan(0);
  });

  it("one address guessing one account is slowed more and more, then stopped by the address limit", async () => {
    await t.db.execute(sql`delete from rate_limits where key like 'sign-in:%'`); // this pair's own counters only
    const slept: number[] = [];
    const sleep = async (ms: number) => void slept.push(ms);
    const results = [];
    for (let i = 0; i < RULES.signInAddress.points + 1; i += 1) {
      results.push(await authenticate(t.db, { email: "reza@example.com", password: `guess ${i}` }, "192.0.2.150", { sleep }));
    }
    expect(slept.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]); // from the 4th failure of the pair
    expect(Math.max(...slept)).toBe(MAX_PAIR_DELAY_SECONDS * 1000);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    // The owner elsewhere is not affected.
    expect(await authenticate(t.db, { email: "reza@example.com", password: "a new caspian passphrase" }, "203.0.113.201", { sleep })).toMatchObject({ ok: true });
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
    await t.db.execute(sql`delete from rate_limits where key like 'sign-in:account%'`);
    for (let i = 0; i < RULES.signInAddress.points + 2; i += 1) {
      expect((await authenticate(t.db, { email: "reza@example.com", password: "a new caspian passphrase" }, "192.0.2.88")).ok).toBe(true);
    }
    expect((await peek(t.db, RULES.signInAddress, "192.0.2.88")).remaining).toBe(RULES.signInAddress.points - 1);
  });

  it("a bogus reset token costs no password hash; submissions are limited per address", async () => {
    const hashes = vi.mocked(hashPassword);
    hashes.mockClear();
    const ip = "192.0.2.160";
    for (let i = 0; i < RULES.resetSubmitAddress.points; i += 1) {
      expect(await resetPassword(t.db, `bogus-token-${i}-xxxxxxxxxxxxxxxx`, "a long enough passphrase", ip)).toEqual({ ok: false, reason: "invalidToken" });
    }
    expect(hashes).not.toHaveBeenCalled();
    expect(await resetPassword(t.db, "bogus-token-last-xxxxxxxxxxxxxxxx", "a long enough passphrase", ip)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("changing the password: guesses are limited, other sessions end, this one stays", async () => {
    const [user] = await t.db.select().from(users).where(eq(users.email, "reza@example.com"));
    const nowSeconds = Math.floor(Date.now() / 1000);
    const here = await startSession(t.db, user!.id, nowSeconds, 3600);
    const elsewhere = await startSession(t.db, user!.id, nowSeconds, 3600);
    const who = { userId: user!.id, keepSessionId: here, ip: "192.0.2.170" };
    expect(await changePassword(t.db, who, "not my password", "a fresh caspian passphrase")).toEqual({ ok: false, reason: "wrongCurrent" });
    expect(await changePassword(t.db, who, "a new caspian passphrase", "a fresh caspian passphrase")).toEqual({ ok: true });
    expect(await sessionLastSeen(t.db, here, user!.id)).not.toBeNull();
    expect(await sessionLastSeen(t.db, elsewhere, user!.id)).toBeNull();
    const [after] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(after!.sessionVersion).toBe(user!.sessionVersion); // this session's token stays valid
    for (let i = 0; i < RULES.changePasswordAccount.points; i += 1) {
      expect(await changePassword(t.db, { ...who, ip: `192.0.2.${180 + i}` }, `guess ${i}`, "whatever passphrase here")).toMatchObject({ reason: "wrongCurrent" });
    }
    // The limit holds per account across addresses, even for the right password.
    expect(await changePassword(t.db, { ...who, ip: "192.0.2.199" }, "a fresh caspian passphrase", "one more passphrase here")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("resending the verification e-mail is limited per account", async () => {
    const [user] = await t.db.insert(users).values({ email: "unverified@example.com", name: "U", role: "investor", passwordHash: "x" }).returning();
    const outcomes = [];
    for (let i = 0; i < RULES.resendAccount.points + 2; i += 1) outcomes.push(await resendVerification(t.db, user!.id, `192.0.2.${200 + i}`));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(RULES.resendAccount.points);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "unverified@example.com"));
    expect(mails).toHaveLength(RULES.resendAccount.points);
  });

  it("signing out on all other devices keeps this session only", async () => {
    const [user] = await t.db.select().from(users).where(eq(users.email, "reza@example.com"));
    const nowSeconds = Math.floor(Date.now() / 1000);
    const here = await startSession(t.db, user!.id, nowSeconds, 3600);
    const other = await startSession(t.db, user!.id, nowSeconds, 3600);
    expect(await signOutOtherDevices(t.db, { userId: user!.id, keepSessionId: here, ip: "192.0.2.210" })).toBeGreaterThanOrEqual(1);
    expect(await sessionLastSeen(t.db, here, user!.id)).not.toBeNull();
    expect(await sessionLastSeen(t.db, other, user!.id)).toBeNull();
  });
});
