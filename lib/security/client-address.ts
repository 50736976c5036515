import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for throttling and the audit log. Next.js only fills
 * X-Forwarded-For when the request has none, so we take the RIGHTMOST entry:
 * the one added by our own reverse proxy (nginx `$proxy_add_x_forwarded_for`)
 * or by Next itself; anything further left was written by the client.
 */
export async function clientAddress(): Promise<string> {
  const list = (await headers()).get("x-forwarded-for") ?? "";
  const entries = list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1)?.slice(0, 64) ?? "unknown";
}
