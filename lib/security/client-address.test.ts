import { describe, expect, it } from "vitest";
import { clientAddressFrom, CLIENT_ADDRESS_HEADER, normalizeAddress, parseTrustedProxies, resolveClientAddress, UNKNOWN_ADDRESS } from "./client-address";

const none = parseTrustedProxies(undefined);
const nginx = parseTrustedProxies("loopback, 10.0.0.0/8, fd00::/8");

describe("resolveClientAddress", () => {
  it("without TRUSTED_PROXIES, the socket's address wins over any header a client sends", () => {
    expect(resolveClientAddress("203.0.113.7", undefined, none)).toBe("203.0.113.7");
    for (const spoofed of ["1.2.3.4", "1.2.3.4, 5.6.7.8", "unknown", "127.0.0.1", `${"9.9.9.9,".repeat(5000)}8.8.8.8`]) {
      expect(resolveClientAddress("203.0.113.7", spoofed, none)).toBe("203.0.113.7");
    }
    expect(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    // Even a request from loopback is not a proxy unless configured so.
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, the rightmost address it does not vouch for", () => {
    // nginx appended the real peer (198.51.100.9); whatever the client wrote further left is ignored.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9", nginx)).toBe("198.51.100.9");
    // Two hops of ours (a load balancer at 10.1.2.3, then nginx on loopback).
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3", nginx)).toBe("198.51.100.9");
    expect(resolveClientAddress("::1", "2001:db8::5", nginx)).toBe("2001:db8::5");
    // The proxy sent no header: the proxy is the client.
    expect(resolveClientAddress("127.0.0.1", undefined, nginx)).toBe("127.0.0.1");
    // Only trusted hops: the leftmost one.
    expect(resolveClientAddress("127.0.0.1", "10.0.0.5, 10.0.0.6", nginx)).toBe("10.0.0.5");
  });

  it("garbage in the header stops the walk at the last address a trusted proxy gave", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.9, not-an-ip", nginx)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "'; drop table users; --", nginx)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", ["6.6.6.6", "198.51.100.9"], nginx)).toBe("198.51.100.9");
    const long = `${"x".repeat(100_000)}, 198.51.100.9`;
    expect(resolveClientAddress("127.0.0.1", long, nginx)).toBe("198.51.100.9");
  });

  it("an untrusted peer that claims to be a proxy is the client", () => {
    expect(resolveClientAddress("198.51.100.20", "10.0.0.1", nginx)).toBe("198.51.100.20");
    expect(resolveClientAddress(undefined, "1.2.3.4", nginx)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("TRUSTED_PROXIES and addresses", () => {
  it("refuses entries that are not addresses or ranges", () => {
    for (const bad of ["nginx", "10.0.0.0/33", "::/129", "10.0.0.1/x", "1.2.3"]) expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
  });

  it("normalises what sockets and proxies write", () => {
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:5678")).toBe("192.0.2.1");
    expect(normalizeAddress("192.0.2.1\r\nX: y")).toBeNull();
  });

  it("reads only the stamp, never X-Forwarded-For", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "<script>" }))).toBe(UNKNOWN_ADDRESS);
  });
});
