import "server-only";
import { unstable_rethrow } from "next/navigation";
import { recordDenial, requestId } from "@/lib/audit/denial";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { AuthorizationError, getViewer, type Viewer } from "@/lib/auth/session";
import type { UserRole } from "@/db/schema";
import { logger } from "@/lib/log";
import { failure, type ActionResult } from "./result";

type Handler<A extends unknown[], T> = (viewer: Viewer, ...args: A) => Promise<ActionResult<T>>;

/**
 * Wraps a server action: resolves the signed-in user (from the database, not
 * the token alone), checks the role, and turns unexpected errors into the
 * generic "server" result with a log line, never a stack in the response.
 * Every denial (here or from the data layer) is audited as `authz.denied`.
 */
export function withViewer<A extends unknown[], T>(handler: Handler<A, T>, roles?: UserRole[]) {
  return async (...args: A): Promise<ActionResult<T>> => {
    const viewer = await getViewer();
    const denied = !viewer ? "unauthenticated" : roles && !roles.includes(viewer.role) ? "forbidden" : null;
    if (!viewer || denied) {
      const code = denied ?? "unauthenticated";
      await recordDenial({ code, actorId: viewer?.id, area: "action", detail: roles ? { required: roles } : undefined });
      return failure(code);
    }
    try {
      return await handler(viewer, ...args);
    } catch (error) {
      unstable_rethrow(error); // redirect() / notFound() are not failures
      if (error instanceof AuthorizationError) {
        await recordDenial({ code: error.code, actorId: viewer.id, area: "action" });
        return failure(error.code);
      }
      logger.error({ event: "action.failed", requestId: await requestId(), err: error });
      return failure("server");
    }
  };
}

export function withStaff<A extends unknown[], T>(handler: Handler<A, T>) {
  return withViewer(handler, [...STAFF_ROLES]);
}
