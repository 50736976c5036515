import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "./credentials";

export const INVESTOR_SESSION_SECONDS = 7 * 24 * 60 * 60;
export const STAFF_SESSION_SECONDS = 8 * 60 * 60;

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

function requestAddress(request: Request): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  return entries.at(-1)?.slice(0, 64) ?? "unknown";
}

/**
 * Auth.js with e-mail + password. Sessions are JWTs carrying only the user id,
 * the session version and the sign-in time; role and account state are read
 * from the database on every request (lib/auth/session.ts), so revocation,
 * disabling and role changes take effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Behind https (APP_URL) the session cookie is `__Secure-authjs.session-token`
  // with Secure; always HttpOnly and SameSite=Lax (Auth.js defaults, kept).
  useSecureCookies: (process.env.APP_URL ?? "").startsWith("https://"),
  session: { strategy: "jwt", maxAge: INVESTOR_SESSION_SECONDS },
  pages: { signIn: "/en/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || password.length > 1024) return null;
        const result = await authenticate(getDb(), { email, password }, requestAddress(request));
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 1;
        token.authAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      // Only what the data layer needs to re-check the session against the database.
      return {
        ...session,
        user: { id: String(token.uid ?? "") },
        sv: Number(token.sv ?? 0),
        authAt: Number(token.authAt ?? 0),
      } as typeof session;
    },
  },
});

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sv: number;
    authAt: number;
  }
}
