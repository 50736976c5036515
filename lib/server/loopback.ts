import { isIP } from "node:net";

/** 127.0.0.0/8, ::1 and their IPv4-mapped form: a peer on this machine. */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const bare = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(bare) === 4) return bare.split(".")[0] === "127";
  return bare === "::1" || bare === "0:0:0:0:0:0:0:1";
}

/**
 * Whether a listening host (HOST / HOSTNAME, `-H`) stays on this machine. Only
 * literal loopback addresses and "localhost" count; an empty value, 0.0.0.0,
 * :: or any other name (a container sets HOSTNAME to its own name) does not.
 */
export function isLoopbackHost(host: string | null | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, "");
  return bare === "localhost" || isLoopbackAddress(bare);
}
