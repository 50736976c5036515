import "server-only";
import { eq, sql } from "drizzle-orm";
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

/**
 * Delivers due outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several app instances can run this at once and each message goes out once.
 * Failures back off exponentially; after MAX_ATTEMPTS a row is marked failed.
 * Without SMTP_URL (development) the message is logged and marked sent; it
 * stays readable in the development mailbox.
 */
export async function deliverDueEmails(db: Database, batch = 10, deliver: (message: OutboxEmail) => Promise<void> = send): Promise<number> {
  let delivered = 0;
  await db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string }>(
      tx as unknown as Database,
      sql`select id from email_outbox where status = 'pending' and next_attempt_at <= now()
          order by created_at limit ${batch} for update skip locked`,
    );
    for (const { id } of rows) {
      const [message] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      if (!message) continue;
      try {
        await deliver(message);
        await tx.update(emailOutbox).set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1 }).where(eq(emailOutbox.id, id));
        delivered += 1;
      } catch (error) {
        const attempts = message.attempts + 1;
        const backoffSeconds = Math.min(3600, 30 * 2 ** attempts);
        await tx
          .update(emailOutbox)
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
            nextAttemptAt: new Date(Date.now() + backoffSeconds * 1000),
          })
          .where(eq(emailOutbox.id, id));
        logger.warn({ event: "mail.retry", outboxId: id, attempts }, "e-mail delivery failed");
      }
    }
  });
  return delivered;
}

async function send(message: OutboxEmail): Promise<void> {
  const smtp = transport();
  if (!smtp) {
    logger.info({ event: "mail.logged", outboxId: message.id, template: message.template }, "e-mail (no SMTP_URL): see the development mailbox");
    return;
  }
  await smtp.sendMail({ from: env().MAIL_FROM, to: message.recipient, subject: message.subject, text: message.body });
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
