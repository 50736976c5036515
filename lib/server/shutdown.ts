import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/**
 * What SIGTERM (a deploy, `docker stop`, systemd) does besides Next's own
 * handler. Next calls server.close() and exits (143) once every connection has
 * ended: it stops listening and lets in-flight requests finish, but a
 * keep-alive client that keeps sending (a proxy's upstream pool, an API
 * client) keeps its connection busy forever, so the drain never ended (seen
 * with bench/faults/sigterm-drain.ts: hundreds of requests served after the
 * signal, exit only by the deadline). So, once draining:
 * - every response carries `Connection: close`, and connections that fall
 *   idle are closed, so each client moves to another instance after its
 *   current request;
 * - the outbox worker stops claiming e-mails it may not finish sending;
 * - the drain is bounded (set SHUTDOWN_DRAIN_SECONDS below the supervisor's
 *   own stop timeout): a request hung on a lock must not hold the exit forever.
 */
export function installShutdown(stopWorkers: () => void, drainSeconds = env().SHUTDOWN_DRAIN_SECONDS): void {
  const servers = new Set<Server>();
  const open = new Set<ServerResponse>();
  let draining = false;
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader("connection", "close");
  };

  // Next hands the application no reference to its http.Server; Node's
  // diagnostics channel names the server and the response of every request.
  subscribe("http.server.request.start", (message) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    servers.add(server);
    open.add(response);
    response.once("close", () => open.delete(response));
    if (draining) closeAfter(response);
  });

  const onSignal = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    logger.info({ event: "shutdown.draining", signal, drainSeconds, inFlight: open.size }, "draining in-flight requests");
    stopWorkers();
    open.forEach(closeAfter);
    const idle = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), 200);
    idle.unref();
    const deadline = setTimeout(() => {
      logger.error({ event: "shutdown.drain_timeout", drainSeconds, inFlight: open.size }, "requests still open at the drain deadline: exiting");
      process.exit(1);
    }, drainSeconds * 1000);
    deadline.unref(); // never the reason the process stays alive
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
