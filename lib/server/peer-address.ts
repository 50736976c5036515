import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The TCP peer of a request (the socket's remote address), as a request header
 * only this server writes. Next gives route code no socket, and the
 * X-Forwarded-For it fills keeps whatever the client sent. Node's diagnostics
 * channel announces each request before Next reads its headers, so the value
 * set here replaces any header of the same name a client sent. A request seen
 * before this was installed has no value: callers treat that as "not local".
 */
export const PEER_ADDRESS_HEADER = "x-lotus-peer-address";

let installed = false;
export function installPeerAddressHeader(): void {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
}
