import "server-only";
import { desc } from "drizzle-orm";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import type { Database } from "@/db/types";
import { env } from "@/lib/env";
import { isLoopbackAddress } from "@/lib/server/loopback";

export const DEV_MAILBOX_SIZE = 50;

/**
 * The development mailbox: the last e-mails of the outbox (reset and
 * verification links included), for a newcomer without SMTP. Only in demo
 * mode, and only for a request whose TCP peer is this machine (`peer` is the
 * socket's address, lib/server/peer-address.ts; never a forwarding header):
 * null otherwise, which the page answers with 404.
 */
export async function listDevMailbox(db: Database, peer: string | null): Promise<OutboxEmail[] | null> {
  if (!env().demoMode || !isLoopbackAddress(peer)) return null;
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(DEV_MAILBOX_SIZE);
}
