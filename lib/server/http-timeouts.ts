import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import { env } from "@/lib/env";

/**
 * Cuts slow clients sooner than Node's defaults. `next start` creates a plain
 * http.Server and sets none of its timeouts, so a slowloris connection (headers
 * a line at a time) was held for 60 s and a slow body (R-U-Dead-Yet) for
 * 300 s: bench/faults/slow-clients.ts. Node checks open connections against
 * these values every 30 s (connectionsCheckingInterval, fixed when the server
 * is created), so a slow connection is cut between the timeout and 30 s after it.
 *
 * Behind nginx, which buffers request headers and bodies before it passes them
 * on, no real user comes near these limits; they matter when the app is
 * reached directly. 60 s for a whole request is a 10 MB document at about
 * 1.4 Mbit/s. The values and why they were chosen: lib/env.ts
 * (HTTP_*_TIMEOUT_SECONDS). The fast cut of slow headers is the reverse
 * proxy's job (nginx `client_header_timeout 10s`, README); without one, a
 * slowloris connection lasts at most 60–90 s.
 *
 * Next gives the application no handle on its server; Node's diagnostics
 * channel names it with the first request (the health check at the latest),
 * and Node reads both values at every check, so setting them then is enough.
 */
export function installHttpTimeouts(
  headersTimeoutSeconds = env().HTTP_HEADERS_TIMEOUT_SECONDS,
  requestTimeoutSeconds = env().HTTP_REQUEST_TIMEOUT_SECONDS,
  keepAliveSeconds = env().HTTP_KEEP_ALIVE_TIMEOUT_SECONDS,
): void {
  const configured = new WeakSet<Server>();
  subscribe("http.server.request.start", (message) => {
    const { server } = message as { server: Server };
    if (configured.has(server)) return;
    configured.add(server);
    // Node requires headersTimeout <= requestTimeout (when the latter is set).
    server.requestTimeout = requestTimeoutSeconds * 1000;
    server.headersTimeout = Math.min(headersTimeoutSeconds, requestTimeoutSeconds) * 1000;
    // Node closes a kept-alive connection after 5 s idle; a client (or nginx, or a load
    // balancer) sending on it at that moment gets no answer and waits for its own timeout
    // (bench/faults/public-load.ts: ~0.9 % of requests hung 10 s). Idle connections are
    // kept longer than the usual 60 s proxy idle timeout, so the client side closes first.
    server.keepAliveTimeout = keepAliveSeconds * 1000;
  });
}
