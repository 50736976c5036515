import { BlockList, isIP } from "node:net";

/**
 * The client's address, for per-address limits and the audit log: one
 * function, one rule.
 *
 * X-Forwarded-For is written by whoever sends the request, so it counts only
 * when the connection comes from a proxy named in TRUSTED_PROXIES (addresses
 * or CIDR ranges, comma-separated; `loopback` names 127.0.0.0/8 and ::1).
 * Then the list is read from the right, skipping our own proxies; the first
 * address no proxy of ours vouches for is the client. Without TRUSTED_PROXIES
 * (or from any other peer) the socket's own address is the client, whatever
 * the headers say.
 *
 * Next.js does not hand the socket address to route handlers or actions, and
 * fills X-Forwarded-For only when the request has none. So the address is
 * worked out once per request, as Node parses it (lib/server/client-address-stamp.ts),
 * and passed on in CLIENT_ADDRESS_HEADER, which that hook always overwrites.
 */
export const CLIENT_ADDRESS_HEADER = "x-lotus-client-address";
/** What the limits count when no address can be known (e.g. outside a request). */
export const UNKNOWN_ADDRESS = "unknown";
// Longer forwarding headers are cut: a hostile client cannot make us parse megabytes.
const MAX_FORWARDED_LENGTH = 2048;
const MAX_HOPS = 20;

/** `::ffff:10.0.0.1` is the IPv4 address 10.0.0.1 seen through an IPv6 socket. */
export function normalizeAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]")); // [::1]:443
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":")); // 1.2.3.4:5678
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address.toLowerCase() : null;
}

export type TrustedProxies = BlockList;

/** Parses TRUSTED_PROXIES; throws on an entry that is neither an address nor a CIDR range. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean)) {
    if (raw === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, prefix] = raw.split("/");
    const normal = normalizeAddress(address);
    const family = normal && isIP(normal) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? null : Number(prefix);
    if (!normal || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > (family === "ipv6" ? 128 : 32)))) {
      throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    }
    if (bits === null) list.addAddress(normal, family);
    else list.addSubnet(normal, bits, family);
  }
  return list;
}

function trusted(list: TrustedProxies, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * Pure: the client's address from the socket's peer address and the
 * X-Forwarded-For header, trusting the header only as far as TRUSTED_PROXIES says.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, proxies: TrustedProxies): string {
  let client = normalizeAddress(peer);
  if (!client) return UNKNOWN_ADDRESS;
  if (!trusted(proxies, client)) return client;
  const header = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).slice(-MAX_FORWARDED_LENGTH);
  const hops = header.split(",").slice(-MAX_HOPS).reverse();
  for (const hop of hops) {
    const address = normalizeAddress(hop);
    if (!address) break; // garbage: stop at the last address a trusted proxy gave us
    client = address;
    if (!trusted(proxies, address)) break;
  }
  return client;
}

/** The address the request was stamped with; UNKNOWN_ADDRESS outside a stamped request. */
export function clientAddressFrom(headers: Pick<Headers, "get">): string {
  const stamped = normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER));
  return stamped ?? UNKNOWN_ADDRESS;
}

/** For server actions, route handlers and server components: the current request's client address. */
export async function clientAddress(): Promise<string> {
  // Loaded on use: lib/env.ts imports this module's parser, and scripts that read the
  // environment outside Next must not pull in Next's request scope.
  const { headers } = await import("next/headers");
  return clientAddressFrom(await headers());
}
