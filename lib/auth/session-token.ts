import { decode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";

/**
 * The session cookie as Auth.js writes it, read without Auth.js's `auth()`:
 * that one decrypts the cookie, runs the callbacks and then re-encrypts a
 * fresh cookie on every call (two JWE operations), only for next-auth to
 * throw the new cookie away when called from a Server Component or route
 * handler. Here the cookie is decrypted once with Auth.js's own `decode`
 * (same secret, same salt = cookie name, same algorithms; `exp` is checked
 * with its 15 s clock tolerance), and the claims are mapped by the very
 * function the `session` callback in config.ts uses.
 */

/** Auth.js's `useSecureCookies`: on when the public origin (APP_URL) is https. */
export function secureCookies(appUrl: string | undefined = env().APP_URL): boolean {
  return (appUrl ?? "").startsWith("https://");
}

/** Auth.js's default session cookie name (also the JWE key-derivation salt). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/** The secret next-auth uses when the config names none: AUTH_SECRET (the app requires it, not NEXTAUTH_SECRET). */
export function sessionSecret(): string | undefined {
  return env().AUTH_SECRET;
}

/** What the data layer needs from a session to re-check it against the database. */
export interface SessionClaims {
  /** The user id (empty if the token has none). */
  uid: string;
  /** Session version at sign-in. */
  sv: number;
  /** Sign-in time, epoch seconds. */
  authAt: number;
  /** A second factor was checked at sign-in. */
  mfa: boolean;
  /** The id of the session's row in user_sessions ("" in tokens from before every session had one). */
  sid: string;
}

/** The token's claims as the app reads them; config.ts's `session` callback maps with this too. */
export function sessionClaims(token: JWT): SessionClaims {
  return {
    uid: String(token.uid ?? ""),
    sv: Number(token.sv ?? 0),
    authAt: Number(token.authAt ?? 0),
    mfa: token.mfa === true,
    sid: typeof token.sid === "string" ? token.sid : "",
  };
}

/**
 * The cookie's value, joined from Auth.js chunks (`name.0`, `name.1`, …) if it
 * was split. Auth.js splits only values over 3,936 characters; ours are about
 * 500 (lib/auth/session-token.test.ts), so in practice this is the plain cookie.
 */
export function sessionCookieValue(cookies: ReadonlyArray<{ name: string; value: string }>, name: string): string | undefined {
  const whole = cookies.find((cookie) => cookie.name === name)?.value;
  if (whole) return whole;
  const chunks: string[] = [];
  for (let index = 0; ; index += 1) {
    const chunk = cookies.find((cookie) => cookie.name === `${name}.${index}`)?.value;
    if (!chunk) break;
    chunks.push(chunk);
  }
  return chunks.length > 0 ? chunks.join("") : undefined;
}

/**
 * The claims of a valid session cookie, or null: missing, tampered, sealed
 * with another secret or another cookie name (salt), or expired (`exp`, set
 * once at sign-in to sign-in + session.maxAge and never moved forward).
 */
export async function readSessionClaims(
  cookies: ReadonlyArray<{ name: string; value: string }>,
  options: { secret: string | undefined; secure: boolean },
): Promise<SessionClaims | null> {
  if (!options.secret) return null;
  const name = sessionCookieName(options.secure);
  const token = sessionCookieValue(cookies, name);
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: options.secret, salt: name });
    return payload ? sessionClaims(payload) : null;
  } catch {
    return null;
  }
}
