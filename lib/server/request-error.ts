import type { Instrumentation } from "next";
import { logger } from "@/lib/log";

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The request's correlation id (set by proxy.ts or a trusted load balancer), or a new one. */
export function requestIdOf(headers: NodeJS.Dict<string | string[]>): string {
  const given = headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * One log line per failed request: the error's digest (the reference the
 * error page shows the user), the path without its query (tokens travel in
 * query strings), the request id and the route. The response itself carries
 * none of this beyond the digest: Next hides messages and stacks in production.
 */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof (error as { digest?: unknown })?.digest === "string" ? (error as { digest: string }).digest : undefined;
  logger.error({
    event: "request.failed",
    digest,
    requestId: requestIdOf(request.headers),
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    err: error,
  });
};
