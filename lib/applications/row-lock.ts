import "server-only";
import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { DbOrTx } from "@/db/types";

/**
 * Locks one application's row until the caller's transaction ends
 * (SELECT … FOR UPDATE). Every write whose permission depends on the
 * application's status takes it first and reads the status after it: the
 * submission, and the upload of a document (which checked "still a draft",
 * read the body for up to a minute, and then wrote without a second look, so
 * a document could land in an application already submitted). A status change
 * (an UPDATE) takes the same row lock, so these writes happen one after the
 * other, each seeing the status the previous one left.
 */
export async function lockApplicationRow(tx: DbOrTx, applicationId: string): Promise<boolean> {
  const [row] = await tx.select({ id: applications.id }).from(applications).where(eq(applications.id, applicationId)).for("update");
  return row !== undefined;
}
