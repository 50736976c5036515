import "server-only";
import { asc, eq } from "drizzle-orm";
import { applicationMessages, users } from "@/db/schema";
import type { Database } from "@/db/types";
import type { Viewer } from "@/lib/auth/session";
import { enqueueEmail } from "@/lib/mail/outbox";
import { isStaff } from "@/lib/auth/roles";
import { findApplicationFor } from "./access";

export const MESSAGE_MAX = 5000;

export interface ThreadMessage {
  id: string;
  fromStaff: boolean;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

/** The thread of an application, for its owner or staff; null for anyone else. */
export async function listMessages(db: Database, viewer: Viewer, applicationId: string): Promise<ThreadMessage[] | null> {
  const application = await findApplicationFor(db, viewer, applicationId);
  if (!application) return null;
  return db
    .select({
      id: applicationMessages.id,
      fromStaff: applicationMessages.fromStaff,
      authorName: users.name,
      body: applicationMessages.body,
      createdAt: applicationMessages.createdAt,
    })
    .from(applicationMessages)
    .leftJoin(users, eq(users.id, applicationMessages.authorId))
    .where(eq(applicationMessages.applicationId, application.id))
    .orderBy(asc(applicationMessages.createdAt));
}

export type PostMessageResult = { ok: true } | { ok: false; error: "not_found" | "closed" };

/**
 * Adds a message and, in the same transaction, e-mails the other side: the
 * applicant when staff write, the assigned reviewer when the applicant does.
 */
export async function postMessage(db: Database, viewer: Viewer, applicationId: string, body: string): Promise<PostMessageResult> {
  return db.transaction(async (tx) => {
    const application = await findApplicationFor(tx, viewer, applicationId);
    if (!application) return { ok: false, error: "not_found" };
    if (application.status === "draft") return { ok: false, error: "closed" };
    const fromStaff = isStaff(viewer);
    await tx.insert(applicationMessages).values({ applicationId: application.id, authorId: viewer.id, fromStaff, body });
    const recipientId = fromStaff ? application.ownerId : application.assignedReviewerId;
    if (recipientId) {
      const [recipient] = await tx.select().from(users).where(eq(users.id, recipientId));
      if (recipient) {
        await enqueueEmail(tx, {
          to: recipient.email,
          userId: recipient.id,
          locale: recipient.preferredLocale,
          template: "newMessage",
          values: { name: recipient.name, reference: application.reference ?? "" },
        });
      }
    }
    return { ok: true };
  });
}
