import "server-only";
import { eq } from "drizzle-orm";
import { applications, type Application } from "@/db/schema";
import type { DbOrTx } from "@/db/types";
import { isCouncil } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one status in which the council reads an application: staff sent it to expert review. */
export const COUNCIL_STATUS = "expert_review" as const;

/**
 * The application if this council member may read it (it is in expert
 * review), else null: another status, an unknown id and a non-member all look
 * like "does not exist".
 */
export async function findApplicationForCouncil(db: DbOrTx, viewer: Viewer | null, id: string): Promise<Application | null> {
  if (!isCouncil(viewer) || !UUID.test(id)) return null;
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row?.status === COUNCIL_STATUS ? row : null;
}
