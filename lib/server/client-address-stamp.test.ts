import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { installClientAddressStamp } from "./client-address-stamp";

// A real HTTP server: the stamp must see the socket, and overwrite what the client sends.
describe("client address stamp", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    installClientAddressStamp(undefined);
    server = createServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(body));
      });
      req.on("error", reject);
      req.end();
    });

  it("is the socket's address, whatever X-Forwarded-For or a forged stamp says", async () => {
    expect(await get({})).toBe("127.0.0.1");
    expect(await get({ "x-forwarded-for": "1.2.3.4" })).toBe("127.0.0.1");
    expect(await get({ [CLIENT_ADDRESS_HEADER]: "5.6.7.8", "x-forwarded-for": "1.2.3.4" })).toBe("127.0.0.1");
  });
});
