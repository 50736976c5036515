import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";

/**
 * Whole request headers within this time of their first byte (Node's default: 60 s, kept).
 * A shorter one (10 s) also cut busy kept-alive connections under load: with 200 users on
 * the public pages, 47–396 of ~50,000 requests got no answer (bench/faults/public-load.ts);
 * with 60 s, none. The fast cut of slow headers is the reverse proxy's job (nginx
 * `client_header_timeout 10s`, README); without one, a slowloris connection lasts ≤ 60–90 s.
 */
const DEFAULT_HEADERS_TIMEOUT_SECONDS = 60;
/** The whole request, headers and body, within this time (Node's default: 300 s). */
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
const DEFAULT_KEEP_ALIVE_TIMEOUT_SECONDS = 65;

const seconds = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

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
 * 1.4 Mbit/s. HTTP_HEADERS_TIMEOUT_SECONDS and HTTP_REQUEST_TIMEOUT_SECONDS
 * override them.
 *
 * Next gives the application no handle on its server; Node's diagnostics
 * channel names it with the first request (the health check at the latest),
 * and Node reads both values at every check, so setting them then is enough.
 */
export function installHttpTimeouts(
  headersTimeoutSeconds = seconds(process.env.HTTP_HEADERS_TIMEOUT_SECONDS, DEFAULT_HEADERS_TIMEOUT_SECONDS),
  requestTimeoutSeconds = seconds(process.env.HTTP_REQUEST_TIMEOUT_SECONDS, DEFAULT_REQUEST_TIMEOUT_SECONDS),
  keepAliveSeconds = seconds(process.env.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS, DEFAULT_KEEP_ALIVE_TIMEOUT_SECONDS),
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
