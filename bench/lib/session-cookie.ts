import { encode } from "next-auth/jwt";
import { AUTH_SECRET } from "./app-server";

/**
 * The Cookie header of a session as the credentials sign-in issues it (an
 * Auth.js JWT sealed with the app's secret). The app still checks it against
 * the database on every request: role, account state, session version.
 * `mfa` is the second-factor claim that staff sessions need.
 */
export async function mintSessionCookie(userId: string, options: { mfa?: boolean } = {}): Promise<string> {
  const token = await encode({
    token: { sub: userId, uid: userId, sv: 1, authAt: Math.floor(Date.now() / 1000), mfa: options.mfa === true },
    secret: AUTH_SECRET,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${token}`;
}
