import { z } from "zod";
import { getDb } from "@/db/client";
import { submitApplication } from "@/lib/applications/submit";
import { recordDenial, requestId } from "@/lib/audit/denial";
import { getViewer } from "@/lib/auth/session";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/security/client-address";
import { databaseErrorCodes, isTransientDatabaseError } from "@/lib/server/transient-error";

export const dynamic = "force-dynamic";

const STATUS = { not_found: 404, unverified: 403, incomplete: 422, throttled: 429 } as const;

function answer(status: number, body: object, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

/**
 * POST /api/applications/:id/submit: the same submission as the form's
 * "Send" button, for API clients (and for the load and fault runs in bench/).
 * Idempotent: a repeated POST answers with the reference of the first.
 * The session cookie is SameSite=Lax, and a browser POST from another origin
 * is refused here as well.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) return answer(403, { ok: false, code: "forbidden" });
  // The session check reads the database too: inside the try, so a lost
  // database is a 503 here as well and never an unhandled 500.
  try {
    const viewer = await getViewer();
    if (!viewer) return answer(401, { ok: false, code: "unauthenticated" });
    if (viewer.role !== "investor") {
      await recordDenial({ code: "forbidden", actorId: viewer.id, area: "route", detail: { route: "submit" } });
      return answer(403, { ok: false, code: "forbidden" });
    }
    const id = z.uuid().safeParse((await params).id);
    if (!id.success) return answer(404, { ok: false, code: "not_found" });
    const result = await submitApplication(getDb(), viewer, id.data, await clientAddress());
    if (result.ok) return answer(200, { ok: true, reference: result.reference, applicationId: result.applicationId });
    if (result.error === "throttled") {
      return answer(429, { ok: false, code: "throttled" }, { "retry-after": String(result.retryAfterSeconds) });
    }
    return answer(STATUS[result.error], { ok: false, code: result.error, ...("steps" in result ? { steps: result.steps } : {}) });
  } catch (error) {
    const transient = isTransientDatabaseError(error);
    logger.error({ event: "submit.failed", requestId: await requestId(), transient, codes: databaseErrorCodes(error), err: error });
    // Never a false success: 503 says "not done, safe to retry" (the submission is idempotent).
    if (transient) return answer(503, { ok: false, code: "unavailable" }, { "retry-after": "2" });
    return answer(500, { ok: false, code: "server" });
  }
}
