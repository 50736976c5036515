import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Env } from "@/lib/env";
import { isLoopbackAddress, isLoopbackHost } from "./loopback";

const why = (where: string) =>
  `demo mode (demo accounts with published passwords, a mailbox of reset links) will not listen on ${where}: ` +
  "use HOST=127.0.0.1, or turn it off (DEMO_MODE=false), or confirm it (DEMO_MODE_ALLOW_NETWORK=true)";

/**
 * The reason to refuse to start, or null: demo mode on a listening host beyond
 * loopback, not confirmed. `host` is what the standalone server binds
 * (HOSTNAME; unset means every interface).
 */
export function demoExposure(config: Pick<Env, "demoMode" | "DEMO_MODE_ALLOW_NETWORK">, host: string | undefined): string | null {
  if (!config.demoMode || config.DEMO_MODE_ALLOW_NETWORK === "true") return null;
  return isLoopbackHost(host) ? null : why(host || "every interface (HOSTNAME unset)");
}

/**
 * The same rule on the address the server really listens on, for a start that
 * does not go through HOSTNAME (`next start -H 0.0.0.0`): checked with the
 * first request, the earliest moment Node names the server.
 */
export function installDemoListenerCheck(config: Pick<Env, "demoMode" | "DEMO_MODE_ALLOW_NETWORK">, fail: (message: string) => never): void {
  if (!config.demoMode || config.DEMO_MODE_ALLOW_NETWORK === "true") return;
  let checked = false;
  subscribe("http.server.request.start", (message) => {
    if (checked) return;
    checked = true;
    const address = (message as { server: Server }).server.address() as AddressInfo | null;
    if (address && !isLoopbackAddress(address.address)) fail(why(address.address));
  });
}
