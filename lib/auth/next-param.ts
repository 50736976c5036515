import "server-only";
import { redirect } from "next/navigation";
import { safeNextPath } from "./redirect-target";

/**
 * A sign-in page's `?next=`: the checked path (lib/auth/redirect-target.ts),
 * or undefined when there is none. A target that fails the check sends the
 * browser to the same page without it (`cleanPath`), so a foreign target is
 * never rendered anywhere, not even in the router state Next puts in the HTML.
 */
export function keptNext(next: string | string[] | undefined, cleanPath: string): string | undefined {
  if (next === undefined) return undefined;
  const safe = typeof next === "string" ? safeNextPath(next) : null;
  if (safe === null) redirect(cleanPath);
  return safe;
}
