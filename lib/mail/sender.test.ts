import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { openConnection } from "@/db/connection";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { enqueueEmail } from "./outbox";
import { claimDueEmails, deliverDueEmails } from "./sender";

describe.each(engines)("e-mail outbox on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(async () => t.drop());

  it("renders in the recipient's language and delivers each message once, even with two senders at once", async () => {
    for (let i = 0; i < 30; i += 1) {
      await enqueueEmail(t.db, { to: `investor${i}@example.com`, locale: i % 2 ? "ru" : "en", template: "newMessage", values: { name: "X", reference: `LOT-2026-${i}` } });
    }
    const [ru] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "investor1@example.com"));
    expect(ru!.subject).toBe("Новое сообщение по заявке LOT-2026-1");

    const sent: string[] = [];
    const record = async (message: OutboxEmail) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      sent.push(message.id);
    };
    // A second pool plays the second app instance (PGlite is single-connection: one sender there).
    const second = engine === "postgres" ? openConnection({ url: t.url, max: 2 }) : null;
    const drain = async (db: typeof t.db) => {
      while ((await deliverDueEmails(db, 5, record)) > 0) {
        // keep draining
      }
    };
    await Promise.all([drain(t.db), second ? drain(second.db) : Promise.resolve()]);
    await second?.close();
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
    const pending = await t.db.select().from(emailOutbox).where(eq(emailOutbox.status, "pending"));
    expect(pending).toHaveLength(0);
  });

  it("a failing delivery is retried later, not lost", async () => {
    await enqueueEmail(t.db, { to: "retry@example.com", locale: "en", template: "newMessage", values: { name: "Y", reference: "LOT-2026-99999" } });
    await deliverDueEmails(t.db, 10, async () => {
      throw new Error("SMTP 451 try again");
    });
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "retry@example.com"));
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP 451 try again" });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  // Issue 12 item 10: the sender held a transaction and the rows' locks while it talked to SMTP.
  it("talks to the mail server with no transaction open and no row locked", async () => {
    await enqueueEmail(t.db, { to: "unlocked@example.com", locale: "en", template: "newMessage", values: { name: "Z", reference: "LOT-2026-77777" } });
    const seen: Array<boolean | string> = [];
    const delivered = await deliverDueEmails(t.db, 10, async (message) => {
      // Another transaction may lock the row at once (NOWAIT); on PGlite, which runs one transaction at
      // a time, it can start at all. Under the old sender this failed (PostgreSQL) or hung (PGlite).
      const probe = t.db.transaction((tx) => tx.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.id, message.id)).for("update", { noWait: true }));
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("database busy during delivery")), 3000));
      seen.push(await Promise.race([probe.then((rows) => rows.length === 1), timeout]).catch((error: Error) => error.message));
    });
    expect(seen).toEqual([true]);
    expect(delivered).toBe(1);
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "unlocked@example.com"));
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("a sender that dies after its claim: nobody sends the message during the lease, another instance sends it once after", async () => {
    await enqueueEmail(t.db, { to: "crash@example.com", locale: "en", template: "newMessage", values: { name: "C", reference: "LOT-2026-55555" } });
    const claimed = await claimDueEmails(t.db, 10);
    expect(claimed.map((message) => message.recipient)).toEqual(["crash@example.com"]);
    // …the process is killed here: nothing in memory survives, only the committed claim.
    const sent: string[] = [];
    const record = async (message: OutboxEmail) => void sent.push(message.recipient);
    expect(await deliverDueEmails(t.db, 10, record)).toBe(0);
    await t.db.update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(emailOutbox.recipient, "crash@example.com"));
    expect(await deliverDueEmails(t.db, 10, record)).toBe(1);
    expect(await deliverDueEmails(t.db, 10, record)).toBe(0);
    expect(sent).toEqual(["crash@example.com"]);
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "crash@example.com"));
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
  });
});
