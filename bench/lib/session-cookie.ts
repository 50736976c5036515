import { encode } from "next-auth/jwt";
import { AUTH_SECRET } from "./app-server";

/**
 * The Cookie header of a session as the credentials sign-in issues it (an
 * Auth.js JWT sealed with the app's secret). The app still checks it against
 * the database on every request: role, account state, session version.
 * Every session needs the id of its server-side record (`sid`, a user_sessions
 * row: sign-out deletes it; for staff it also keeps the idle limit); staff
 * sessions also need the second-factor claim (`mfa`).
 */
export async function mintSessionCookie(userId: string, options: { mfa?: boolean; sid?: string } = {}): Promise<string> {
  const token = await encode({
    token: { sub: userId, uid: userId, sv: 1, authAt: Math.floor(Date.now() / 1000), mfa: options.mfa === true, ...(options.sid ? { sid: options.sid } : {}) },
    secret: AUTH_SECRET,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${token}`;
}
