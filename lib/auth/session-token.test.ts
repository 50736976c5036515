import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionClaims, secureCookies, sessionClaims, sessionCookieName, sessionCookieValue } from "./session-token";

const SECRET = "unit-secret-unit-secret-unit-secret-0123";
const HTTP = "authjs.session-token";
const HTTPS = "__Secure-authjs.session-token";
const uid = "3f0c1f7e-2a8b-4c1e-9d3a-6b5e4f3a2c1d";
const sid = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const now = () => Math.floor(Date.now() / 1000);

/** A cookie value as Auth.js's sign-in seals it (jwt callback fields, salt = cookie name). */
function seal(claims: Record<string, unknown>, options: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return encode({ token: { sub: uid, ...claims }, secret: options.secret ?? SECRET, salt: options.salt ?? HTTP, maxAge: options.maxAge });
}
const read = (cookies: { name: string; value: string }[], options: { secret?: string; secure?: boolean } = {}) =>
  readSessionClaims(cookies, { secret: "secret" in options ? options.secret : SECRET, secure: options.secure ?? false });

describe("session cookie, read without auth()", () => {
  it("a valid investor cookie gives exactly the session callback's fields", async () => {
    const authAt = now() - 3600;
    const value = await seal({ uid, sv: 4, authAt, mfa: false });
    expect(await read([{ name: HTTP, value }])).toEqual({ uid, sv: 4, authAt, mfa: false, sid: "" });
  });

  it("a valid staff cookie carries mfa and the staff session id; a staff token without sid reads as sid ''", async () => {
    const authAt = now();
    expect(await read([{ name: HTTP, value: await seal({ uid, sv: 1, authAt, mfa: true, sid }) }])).toEqual({ uid, sv: 1, authAt, mfa: true, sid });
    expect(await read([{ name: HTTP, value: await seal({ uid, sv: 1, authAt, mfa: true }) }])).toEqual({ uid, sv: 1, authAt, mfa: true, sid: "" });
  });

  it("a tampered cookie is no session", async () => {
    const value = await seal({ uid, sv: 1, authAt: now(), mfa: false });
    const parts = value.split(".");
    // Flip one character of the ciphertext, then of the authentication tag.
    for (const index of [3, 4]) {
      const flipped = [...parts];
      flipped[index] = (flipped[index]![0] === "A" ? "B" : "A") + flipped[index]!.slice(1);
      expect(await read([{ name: HTTP, value: flipped.join(".") }])).toBeNull();
    }
    expect(await read([{ name: HTTP, value: "planted-by-attacker" }])).toBeNull();
    const algNone = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ uid, sv: 1, authAt: now(), mfa: true })).toString("base64url")}.`;
    expect(await read([{ name: HTTP, value: algNone }])).toBeNull();
  });

  it("an expired cookie is no session (exp is checked, 15 s clock tolerance)", async () => {
    const claims = { uid, sv: 1, authAt: now() - 8 * 86400, mfa: false };
    expect(await read([{ name: HTTP, value: await seal(claims, { maxAge: -120 }) }])).toBeNull();
    expect(await read([{ name: HTTP, value: await seal(claims, { maxAge: 60 }) }])).not.toBeNull();
  });

  it("a cookie sealed with another secret, or for the other cookie name (salt), is no session", async () => {
    const claims = { uid, sv: 1, authAt: now(), mfa: false };
    expect(await read([{ name: HTTP, value: await seal(claims, { secret: "another-secret-another-secret-0123456789" }) }])).toBeNull();
    expect(await read([{ name: HTTP, value: await seal(claims, { salt: HTTPS }) }])).toBeNull();
  });

  it("no cookie, an empty cookie, another cookie or no secret configured: no session", async () => {
    const value = await seal({ uid, sv: 1, authAt: now(), mfa: false });
    expect(await read([])).toBeNull();
    expect(await read([{ name: HTTP, value: "" }])).toBeNull();
    expect(await read([{ name: "authjs.csrf-token", value }])).toBeNull();
    expect(await read([{ name: HTTP, value }], { secret: undefined })).toBeNull();
    expect(await read([{ name: HTTP, value }], { secret: "" })).toBeNull();
  });

  it("https: the cookie is __Secure-authjs.session-token (and the salt is that name); the plain name is ignored", async () => {
    expect(secureCookies("https://lotus.example")).toBe(true);
    expect(secureCookies("http://localhost:3000")).toBe(false);
    expect(secureCookies(undefined)).toBe(false);
    expect(sessionCookieName(true)).toBe(HTTPS);
    expect(sessionCookieName(false)).toBe(HTTP);
    const authAt = now();
    const secureValue = await seal({ uid, sv: 2, authAt, mfa: false }, { salt: HTTPS });
    expect(await read([{ name: HTTPS, value: secureValue }], { secure: true })).toEqual({ uid, sv: 2, authAt, mfa: false, sid: "" });
    // A plain-name cookie (e.g. set over http) does not count behind https, nor the reverse.
    const plainValue = await seal({ uid, sv: 2, authAt, mfa: false });
    expect(await read([{ name: HTTP, value: plainValue }], { secure: true })).toBeNull();
    expect(await read([{ name: HTTPS, value: secureValue }], { secure: false })).toBeNull();
  });

  it("Auth.js chunks (name.0, name.1, …) are joined in order; our cookie is far below the chunk size", async () => {
    const authAt = now();
    const value = await seal({ uid, sv: 1, authAt, mfa: true, sid });
    const cookies = [
      { name: `${HTTP}.1`, value: value.slice(100) },
      { name: `${HTTP}.0`, value: value.slice(0, 100) },
    ];
    expect(sessionCookieValue(cookies, HTTP)).toBe(value);
    expect(await read(cookies)).toEqual({ uid, sv: 1, authAt, mfa: true, sid });
    // Auth.js splits values over 4096 - 160 characters (@auth/core lib/utils/cookie.js). The
    // largest token the jwt callback writes (staff: uid, sv, authAt, mfa, sid; Auth.js adds
    // sub, iat, exp, jti) with generous numbers stays far below that.
    const largest = await encode({
      token: { sub: uid, uid, sv: 2 ** 31, authAt: 9_999_999_999, mfa: true, sid, name: null, email: null, picture: null },
      secret: SECRET,
      salt: HTTPS,
    });
    expect(largest.length).toBeLessThan(1000);
  });

  it("maps claims defensively, as the session callback always did", () => {
    expect(sessionClaims({})).toEqual({ uid: "", sv: 0, authAt: 0, mfa: false, sid: "" });
    expect(sessionClaims({ uid, sv: "3", authAt: "17", mfa: "true", sid: 5 })).toEqual({ uid, sv: 3, authAt: 17, mfa: false, sid: "" });
  });
});
