import type { UserRole } from "@/db/schema";

/**
 * What the site header shows about the reader, and nothing more: whether
 * someone is signed in, which kind of area is theirs, and the name the header
 * prints. Served by GET /api/session to the header's client island on cached
 * public pages and rendered on the server on per-user pages. No id, e-mail,
 * role detail or session data: a page's script (or anything that can read the
 * response) learns only what the header already displays.
 */
export type HeaderSession = { kind: "anonymous" } | { kind: "investor" | "staff"; name: string };

export const ANONYMOUS: HeaderSession = { kind: "anonymous" };

/** Staff and admins share the "Admin" entry; investors get their applications. */
export function headerSession(viewer: { name: string; role: UserRole } | null): HeaderSession {
  if (!viewer) return ANONYMOUS;
  const name = viewer.name.trim();
  return { kind: viewer.role === "investor" ? "investor" : "staff", name };
}

/** Parses an /api/session answer; anything unexpected counts as anonymous. */
export function parseHeaderSession(value: unknown): HeaderSession {
  if (typeof value !== "object" || value === null) return ANONYMOUS;
  const { kind, name } = value as Record<string, unknown>;
  if ((kind === "investor" || kind === "staff") && typeof name === "string") return { kind, name };
  return ANONYMOUS;
}
