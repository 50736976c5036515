import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { clientAddressFrom } from "@/lib/security/client-address";
import { authLogger } from "./auth-logger";
import { authenticate } from "./credentials";
import { safeRedirectTarget } from "./redirect-target";
import { checkSecondFactor, needsSecondFactor } from "./second-factor";
import { INVESTOR_SESSION_SECONDS, STAFF_SESSION_SECONDS } from "./session-rules";
import { secureCookies, sessionClaims } from "./session-token";
import { endSession, startSession } from "./user-sessions";

export { INVESTOR_SESSION_SECONDS, STAFF_SESSION_SECONDS };

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

/** The password was right, but staff and admins are signed in only after their code. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
}

// Auth.js builds its redirect and callback URLs from AUTH_URL, or else (trustHost)
// from the request's X-Forwarded-Host / Host, which a client can set. Pin them to
// the public origin, as the e-mail links are.
// eslint-disable-next-line no-restricted-properties -- a write: Auth.js reads AUTH_URL itself
if (!env().AUTH_URL && env().configuredAppUrl) process.env.AUTH_URL = env().configuredAppUrl;

const text = (value: unknown, max: number) => (typeof value === "string" && value.length <= max ? value : "");

/**
 * Auth.js with two credential shapes, both also reachable by a direct POST to
 * /api/auth/callback/credentials:
 *   { email, password }      investors get a session; staff get nothing but
 *                            a "second_factor" error (the sign-in action then
 *                            hands them a pending ticket);
 *   { pendingToken, code }   staff: the ticket plus a TOTP or recovery code.
 * Sessions are JWTs carrying the user id, session version, sign-in time,
 * whether a second factor was checked, and the id of the session's
 * server-side record (user_sessions: sign-out deletes it, and for staff it
 * tracks the idle limit); role, account state, that record and last activity
 * are read from the database on every request
 * (lib/auth/session.ts). Requests read the cookie with Auth.js's `decode`
 * (lib/auth/session-token.ts), not with `auth()`: the cookie is never
 * re-issued, so its `exp` stays sign-in + session.maxAge (an absolute limit).
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Behind https (APP_URL) the session cookie is `__Secure-authjs.session-token`
  // with Secure; always HttpOnly and SameSite=Lax (Auth.js defaults, kept).
  // lib/auth/session-token.ts reads the cookie under the same name.
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: INVESTOR_SESSION_SECONDS },
  pages: { signIn: "/en/sign-in" },
  // JSON lines through pino, not Auth.js's coloured console output (lib/auth/auth-logger.ts).
  logger: authLogger(logger),
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, pendingToken: {}, code: {} },
      async authorize(credentials, request) {
        const pendingToken = text(credentials?.pendingToken, 400);
        if (pendingToken) {
          const code = text(credentials?.code, 40);
          const result = await checkSecondFactor(getDb(), { pendingToken, code }, clientAddressFrom(request.headers));
          if (!result.ok) {
            if (result.reason === "throttled") throw new ThrottledSignIn();
            return null;
          }
          return { id: result.user.id, sessionVersion: result.user.sessionVersion, mfa: true };
        }
        const email = text(credentials?.email, 1024);
        const password = text(credentials?.password, 1024);
        if (!email || !password) return null;
        const result = await authenticate(getDb(), { email, password }, clientAddressFrom(request.headers));
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        if (needsSecondFactor(result.user)) throw new SecondFactorRequired();
        return { id: result.user.id, sessionVersion: result.user.sessionVersion, mfa: false };
      },
    }),
  ],
  events: {
    // Sign-out (the account page's action or a direct POST to /api/auth/signout)
    // deletes the session's server-side record: a kept copy of the cookie is dead.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(getDb(), sid);
    },
  },
  callbacks: {
    // callbackUrl and the like come from the request: same rule as every other redirect target.
    redirect({ url }) {
      const origin = new URL(env().APP_URL).origin;
      return `${origin}${safeRedirectTarget(url, env().APP_URL) ?? "/"}`;
    },
    async jwt({ token, user }) {
      if (user?.id) {
        const now = Math.floor(Date.now() / 1000);
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 1;
        token.authAt = now;
        token.mfa = user.mfa === true;
        // Every session gets its server-side record (staff: also the idle limit's clock).
        token.sid = await startSession(getDb(), user.id, now, user.mfa === true ? STAFF_SESSION_SECONDS : INVESTOR_SESSION_SECONDS);
      }
      return token;
    },
    session({ session, token }) {
      // Only what the data layer needs to re-check the session against the database
      // (the same mapping as lib/auth/session-token.ts, which requests use).
      const { uid, sv, authAt, mfa, sid } = sessionClaims(token);
      return { ...session, user: { id: uid }, sv, authAt, mfa, sid } as typeof session;
    },
  },
});

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    mfa?: boolean;
  }
  interface Session {
    sv: number;
    authAt: number;
    mfa: boolean;
    /** The id of the session's row in user_sessions. */
    sid: string;
  }
}
