import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users, type User } from "@/db/schema";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { hashPassword } from "./password";
import { authenticate } from "./credentials";
import { issueRecoveryCodes } from "./recovery-codes";
import { checkSecondFactor, ensureEnrolmentSecret, enrolmentDetails, issuePendingToken, pendingUser } from "./second-factor";
import { base32Decode, totp } from "./totp";

process.env.AUTH_SECRET ??= "second-factor-test-secret-0123456789abcdef";
const PASSWORD = "caspian reviewer passphrase";

describe.each(engines)("staff second factor on %s", (engine) => {
  let t: TestDatabase;
  let staff: User;
  let key: Buffer;
  const now = () => Math.floor(Date.now() / 1000);
  const reload = async () => (await t.db.select().from(users).where(eq(users.id, staff.id)))[0]!;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const [row] = await t.db.insert(users).values({ email: "olga@lotus.example", name: "Olga", role: "staff", passwordHash: await hashPassword(PASSWORD) }).returning();
    staff = row!;
  });
  afterAll(async () => t.drop());

  it("the right password alone signs a staff member in nowhere: it is logged as verified, not as a sign-in", async () => {
    const result = await authenticate(t.db, { email: "olga@lotus.example", password: PASSWORD }, "203.0.113.1");
    expect(result.ok).toBe(true);
    const actions = (await t.db.select().from(auditEvents).where(eq(auditEvents.actorId, staff.id))).map((row) => row.action);
    expect(actions).toEqual(["auth.password_verified"]);
  });

  it("enrols with the first accepted code; that code is then single-use", async () => {
    await ensureEnrolmentSecret(t.db, staff);
    staff = await reload();
    const details = enrolmentDetails(staff)!;
    expect(details.uri).toContain(`secret=${details.key}`);
    expect(staff.totpSecret).not.toContain(details.key); // encrypted at rest
    key = base32Decode(details.key);
    const code = totp(key, now());
    const first = await checkSecondFactor(t.db, { pendingToken: await issuePendingToken(staff), code }, "203.0.113.1");
    expect(first).toMatchObject({ ok: true, method: "totp", enrolledNow: true });
    staff = await reload();
    expect(staff.totpEnrolledAt).not.toBeNull();
    expect(enrolmentDetails(staff)).toBeNull(); // the key is not shown again
    const replay = await checkSecondFactor(t.db, { pendingToken: await issuePendingToken(staff), code }, "203.0.113.1");
    expect(replay).toEqual({ ok: false, reason: "invalid" });
  });

  it("of two concurrent uses of one code, exactly one succeeds", async () => {
    staff = await reload();
    const code = totp(key, now() + 30); // the next step, inside the ±1 window
    const pendingToken = await issuePendingToken(staff);
    const results = await Promise.all([1, 2].map(() => checkSecondFactor(t.db, { pendingToken, code }, "203.0.113.2")));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("recovery codes: ten, stored hashed, each works once", async () => {
    const codes = await issueRecoveryCodes(t.db, staff.id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    staff = await reload();
    const pendingToken = await issuePendingToken(staff);
    expect(await checkSecondFactor(t.db, { pendingToken, code: codes[3]!.toUpperCase() }, "203.0.113.3")).toMatchObject({ ok: true, method: "recovery" });
    expect(await checkSecondFactor(t.db, { pendingToken, code: codes[3]! }, "203.0.113.3")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a ticket from before a session-version bump, a forged ticket or an investor's ticket is refused", async () => {
    staff = await reload();
    const stale = await issuePendingToken({ ...staff, sessionVersion: staff.sessionVersion - 1 });
    expect(await pendingUser(t.db, stale)).toBeNull();
    // A ticket issued before the password changed (the ticket binds a fingerprint of the hash).
    expect(await pendingUser(t.db, await issuePendingToken({ ...staff, passwordHash: `${staff.passwordHash}-old` }))).toBeNull();
    expect((await pendingUser(t.db, await issuePendingToken(staff)))?.id).toBe(staff.id);
    // Change one character well inside the signature (the last base64url character carries
    // spare bits, so replacing the tail could by chance decode to the same bytes).
    const token = await issuePendingToken(staff);
    const at = token.length - 10;
    const forged = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    expect(await pendingUser(t.db, forged)).toBeNull();
    expect(await pendingUser(t.db, await issuePendingToken(staff, now() - 301))).toBeNull();
    const [investor] = await t.db.insert(users).values({ email: "i@x.example", name: "I", role: "investor", passwordHash: "x" }).returning();
    expect(await pendingUser(t.db, await issuePendingToken(investor!))).toBeNull();
  });

  it("the 6th wrong code in a row is throttled, even when the right code follows; each failure is audited", async () => {
    staff = await reload();
    const pendingToken = await issuePendingToken(staff);
    for (let i = 0; i < 5; i += 1) {
      expect(await checkSecondFactor(t.db, { pendingToken, code: "000000" }, `198.51.100.${i}`)).toMatchObject({ ok: false });
    }
    const blocked = await checkSecondFactor(t.db, { pendingToken, code: totp(key, now() + 30) }, "198.51.100.99");
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.actorId, staff.id));
    expect(audit.filter((row) => row.action === "auth.second_factor_failed").length).toBeGreaterThanOrEqual(5);
    expect(audit.some((row) => row.action === "auth.second_factor_throttled")).toBe(true);
  });

  it("twenty concurrent guesses are checked no more often than the account limit allows", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    staff = await reload();
    const pendingToken = await issuePendingToken(staff);
    const guesses = Array.from({ length: 20 }, (_, i) => String(100000 + i));
    const results = await Promise.all(guesses.map((code, i) => checkSecondFactor(t.db, { pendingToken, code }, `198.51.100.${50 + i}`)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(15);
  });
});
