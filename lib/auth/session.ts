import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { UserRole } from "@/db/schema";
import { getLocale } from "next-intl/server";
import { recordDenial } from "@/lib/audit/denial";
import { AuthorizationError } from "./errors";
import { readSessionClaims, secureCookies, sessionSecret } from "./session-token";
import { resolveViewer, type Viewer } from "./viewer";

export type { Viewer };

/**
 * The signed-in user for this request, or null. The session cookie is
 * decrypted once (Auth.js `decode`, lib/auth/session-token.ts; never
 * re-issued), then the role, account state, session version and, for staff,
 * the idle record are read from the database (lib/auth/viewer.ts): once per
 * request (React cache).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await readSessionClaims((await cookies()).getAll(), { secret: sessionSecret(), secure: secureCookies() });
  if (!claims) return null;
  return resolveViewer(getDb(), claims, Math.floor(Date.now() / 1000));
});

export { AuthorizationError };

/** For data functions and actions: the viewer, or an AuthorizationError. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AuthorizationError("unauthenticated");
  return viewer;
}

export async function requireRole(...roles: UserRole[]): Promise<Viewer> {
  const viewer = await requireUser();
  if (!roles.includes(viewer.role)) throw new AuthorizationError("forbidden");
  return viewer;
}

/** For pages and layouts: anonymous → sign-in; wrong role → 404 (no hint that the page exists). */
export async function requirePageViewer(...roles: UserRole[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const locale = await getLocale();
    redirect(`/${locale}/sign-in`);
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    await recordDenial({ code: "forbidden", actorId: viewer.id, area: "page", detail: { required: roles } });
    notFound();
  }
  return viewer;
}
