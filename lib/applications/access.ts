import "server-only";
import { eq } from "drizzle-orm";
import { applications, type Application } from "@/db/schema";
import type { DbOrTx } from "@/db/types";
import { isStaff } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The application if this viewer may see it (its owner, or staff), else null:
 * "not yours" and "does not exist" look the same to the caller.
 */
export async function findApplicationFor(db: DbOrTx, viewer: Viewer, id: string): Promise<Application | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  if (!row) return null;
  if (row.ownerId !== viewer.id && !isStaff(viewer)) return null;
  if (row.status === "draft" && row.ownerId !== viewer.id) return null; // staff never see unsent drafts
  return row;
}
