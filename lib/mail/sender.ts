import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { queryRows } from "@/db/connection";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import type { Database } from "@/db/types";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

const MAX_ATTEMPTS = 8;
let transporter: Transporter | undefined;

function transport(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

/** How long a claimed message is reserved for its sender before another instance may take it over. */
const CLAIM_LEASE_SECONDS = 300;

/**
 * Claims up to `batch` due messages in one short transaction and commits: each
 * claimed row's next attempt moves a lease into the future (and its attempt is
 * counted), so no other instance picks it up meanwhile. FOR UPDATE SKIP LOCKED
 * keeps two instances claiming at the same moment from taking the same rows.
 * Nothing is kept in memory: a sender that dies after claiming leaves the
 * rows due again when the lease runs out, and another instance sends them.
 */
export async function claimDueEmails(db: Database, batch = 10, leaseSeconds = CLAIM_LEASE_SECONDS): Promise<OutboxEmail[]> {
  return db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string }>(
      tx as unknown as Database,
      sql`select id from email_outbox where status = 'pending' and next_attempt_at <= now()
          order by created_at limit ${batch} for update skip locked`,
    );
    if (rows.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: sql`now() + make_interval(secs => ${leaseSeconds})` })
      .where(inArray(emailOutbox.id, rows.map((row) => row.id)))
      .returning();
  });
}

/**
 * Delivers due outbox rows: claim (a committed lease), then talk to the mail
 * server with no transaction open and no row locked, then mark each message
 * sent, or due again later with exponential back-off (failed after
 * MAX_ATTEMPTS). A slow or hanging SMTP server holds no database connection
 * and no lock. Each message is sent by one instance at a time; a crash between
 * the SMTP server's "accepted" and the mark can make it go out once more
 * after the lease (at-least-once, the most SMTP allows), with the same
 * Message-ID, by which mail systems drop the duplicate.
 * Without SMTP_URL (development) the message is logged and marked sent; it
 * stays readable in the development mailbox.
 */
export async function deliverDueEmails(db: Database, batch = 10, deliver: (message: OutboxEmail) => Promise<void> = send): Promise<number> {
  let delivered = 0;
  for (const message of await claimDueEmails(db, batch)) {
    try {
      await deliver(message);
    } catch (error) {
      const attempts = message.attempts;
      const backoffSeconds = Math.min(3600, 30 * 2 ** attempts);
      await db
        .update(emailOutbox)
        .set({
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
          nextAttemptAt: new Date(Date.now() + backoffSeconds * 1000),
        })
        .where(and(eq(emailOutbox.id, message.id), eq(emailOutbox.status, "pending")));
      logger.warn({ event: "mail.retry", outboxId: message.id, attempts }, "e-mail delivery failed");
      continue;
    }
    await db.update(emailOutbox).set({ status: "sent", sentAt: new Date() }).where(and(eq(emailOutbox.id, message.id), eq(emailOutbox.status, "pending")));
    delivered += 1;
  }
  return delivered;
}

async function send(message: OutboxEmail): Promise<void> {
  const smtp = transport();
  if (!smtp) {
    logger.info({ event: "mail.logged", outboxId: message.id, template: message.template }, "e-mail (no SMTP_URL): see the development mailbox");
    return;
  }
  // The outbox id as Message-ID: a message sent again after a crash is recognisably the same one.
  const domain = new URL(env().APP_URL).hostname || "lotus-sez.example";
  await smtp.sendMail({ from: env().MAIL_FROM, to: message.recipient, subject: message.subject, text: message.body, messageId: `<${message.id}@${domain}>` });
}

/** Polls the outbox in this instance until the process ends. */
export function startOutboxWorker(db: Database, intervalMs = 3000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await deliverDueEmails(db)) > 0) {
        // drain what is due, then wait for the next tick
      }
    } catch (error) {
      logger.warn({ event: "mail.worker_error", err: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
