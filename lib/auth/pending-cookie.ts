import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { PENDING_SECONDS } from "./second-factor";

// The ticket between the password and the code: HttpOnly, SameSite=Strict,
// five minutes, and `__Host-` + Secure when the portal is served over https.
const { https } = env();
export const PENDING_COOKIE = https ? "__Host-lotus-second-factor" : "lotus-second-factor";

export async function setPendingCookie(token: string): Promise<void> {
  (await cookies()).set(PENDING_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: https, path: "/", maxAge: PENDING_SECONDS });
}

export async function readPendingCookie(): Promise<string | undefined> {
  return (await cookies()).get(PENDING_COOKIE)?.value;
}

export async function clearPendingCookie(): Promise<void> {
  (await cookies()).delete({ name: PENDING_COOKIE, path: "/", secure: https, httpOnly: true, sameSite: "strict" });
}
