import "server-only";
import { AuthorizationError, requireRole, requireUser, type Viewer } from "@/lib/auth/session";
import type { UserRole } from "@/db/schema";
import { logger } from "@/lib/log";
import { failure, type ActionResult } from "./result";

type Handler<A extends unknown[], T> = (viewer: Viewer, ...args: A) => Promise<ActionResult<T>>;

/**
 * Wraps a server action: resolves the signed-in user (from the database, not
 * the token alone), checks the role, and turns unexpected errors into the
 * generic "server" result with a log line, never a stack in the response.
 */
export function withViewer<A extends unknown[], T>(handler: Handler<A, T>, roles?: UserRole[]) {
  return async (...args: A): Promise<ActionResult<T>> => {
    let viewer: Viewer;
    try {
      viewer = roles ? await requireRole(...roles) : await requireUser();
    } catch (error) {
      if (error instanceof AuthorizationError) {
        logger.warn({ event: "authz.denied", code: error.code });
        return failure(error.code);
      }
      throw error;
    }
    try {
      return await handler(viewer, ...args);
    } catch (error) {
      logger.error({ event: "action.failed", err: error instanceof Error ? error.message : String(error) });
      return failure("server");
    }
  };
}

export function withStaff<A extends unknown[], T>(handler: Handler<A, T>) {
  return withViewer(handler, ["staff", "admin"]);
}
