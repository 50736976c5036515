/**
 * Which pages are rendered per request and which come from the static (ISR)
 * cache, and the Content-Security-Policy each kind gets. Pure: used by
 * proxy.ts and unit-tested.
 *
 * - "private" (account, apply, applications, admin, council) and "auth" (sign-in,
 *   register, reset…) are `force-dynamic` layouts: every response gets a
 *   fresh nonce with 'strict-dynamic', and `Cache-Control: no-store`.
 * - "public" pages are rendered once and served from the cache, so they
 *   cannot carry a per-request nonce (Next's CSP guide: nonces need dynamic
 *   rendering; a nonce rendered into cached HTML would be replayed). Their
 *   inline Flight scripts differ per page and per content edit, so hashes
 *   cannot be listed either: they get `script-src 'self' 'unsafe-inline'`
 *   with every other directive as strict as the dynamic pages'. They show
 *   no user-submitted data, and React escapes all text they render.
 */
export type PageKind = "private" | "auth" | "public";

const PRIVATE = /^\/[^/]+\/(apply|applications|account|admin|council)(\/|$)/;
const AUTH = /^\/[^/]+\/(sign-in|register|forgot-password|reset-password|verify-email)(\/|$)/;

/** Decodes and normalises the path the way an attacker might spell it (case, %2f, //). */
export function normalisePath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // malformed escapes: classify the raw path
  }
  return decoded.replace(/\\/g, "/").replace(/\/{2,}/g, "/").toLowerCase();
}

export function pageKind(pathname: string): PageKind {
  const path = normalisePath(pathname);
  if (PRIVATE.test(path)) return "private";
  if (AUTH.test(path)) return "auth";
  return "public";
}

/** 128 random bits, base64: unguessable and different on every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

// The policy itself is plain JavaScript, shared with next.config.mjs (which gives it to
// the cached public pages that proxy.ts does not see).
export { contentSecurityPolicy, type PolicyOptions } from "./csp.mjs";
