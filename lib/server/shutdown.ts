import { logger } from "@/lib/log";

const DEFAULT_DRAIN_SECONDS = 25;

/**
 * What SIGTERM (a deploy, `docker stop`, systemd) does besides Next's own
 * handler, which closes the listening socket, lets in-flight requests finish
 * and then exits (143). Here: stop claiming outbox e-mails, so an instance on
 * its way out starts no delivery it may not finish; and bound the drain, since
 * Next waits for every open request without a limit and a supervisor would
 * SIGKILL us anyway (set SHUTDOWN_DRAIN_SECONDS below its own stop timeout).
 */
export function installShutdown(stopWorkers: () => void, drainSeconds = Number(process.env.SHUTDOWN_DRAIN_SECONDS) || DEFAULT_DRAIN_SECONDS): void {
  let draining = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    logger.info({ event: "shutdown.draining", signal, drainSeconds }, "draining in-flight requests");
    stopWorkers();
    const deadline = setTimeout(() => {
      logger.error({ event: "shutdown.drain_timeout", drainSeconds }, "requests still open at the drain deadline: exiting");
      process.exit(1);
    }, drainSeconds * 1000);
    deadline.unref(); // never the reason the process stays alive
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
