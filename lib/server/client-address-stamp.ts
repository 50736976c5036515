import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "@/lib/security/client-address";

/**
 * Stamps every request with its client address (lib/security/client-address.ts)
 * before Next.js sees it. Node publishes `http.server.request.start`
 * synchronously, after parsing the headers and before the server's request
 * handler (Next) runs, so the socket's address is still at hand and a value
 * the client sent under the same header name is overwritten here.
 */
export function installClientAddressStamp(trustedProxies: string | undefined): void {
  const proxies = parseTrustedProxies(trustedProxies);
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], proxies);
  });
}
