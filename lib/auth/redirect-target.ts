import { env } from "@/lib/env";

/**
 * The one check for every redirect target that comes from a request: the
 * sign-in page's `next`, Auth.js's callbackUrl, the `redirectTo` that the
 * sign-in actions hand the browser, and the staff code step.
 *
 * A target is kept only when it resolves to the portal's own origin
 * (`new URL(target, APP_URL).origin === APP_URL`'s origin) and holds nothing
 * a browser would silently drop or reinterpret: no character at or below
 * 0x20 (tab, CR, LF, space…), DEL, or backslash anywhere, neither as sent nor
 * after percent-decoding (`/%09/evil.example` is `/\t/evil.example`, which a
 * browser reads as `//evil.example`). The answer is the normalised path
 * (path, query, fragment) so the caller never echoes the raw input, or null:
 * the caller then uses its default page. Pure: unit-tested with hostile input.
 */
export const MAX_REDIRECT_LENGTH = 2048;

// Below 0x21 (controls and space), DEL, and the backslash browsers treat as a slash.
const FORBIDDEN = /[\u0000-\u0020\u007f\\]/;

function decodedForms(target: string): string[] | null {
  const forms = [target];
  let current = target;
  // Twice: a proxy or framework that decodes once more must still see a clean path.
  for (let round = 0; round < 2 && current.includes("%"); round += 1) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return null; // malformed escapes: nothing a real link of ours contains
    }
    forms.push(current);
  }
  return forms;
}

/** Starts like a protocol-relative URL (`//host`, `/\host`) once decoded. */
const networkPath = (value: string) => /^[/\\]{2}/.test(value);

export function safeRedirectTarget(target: unknown, appUrl: string): string | null {
  if (typeof target !== "string" || target.length === 0 || target.length > MAX_REDIRECT_LENGTH) return null;
  const forms = decodedForms(target);
  if (!forms || forms.some((form) => FORBIDDEN.test(form) || networkPath(form))) return null;
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(appUrl);
    resolved = new URL(target, base);
  } catch {
    return null;
  }
  // Absolute URLs only when they name our own origin; everything else must be a path.
  if (!target.startsWith("/") && !/^https?:\/\//i.test(target)) return null;
  if (resolved.origin !== base.origin || resolved.username || resolved.password) return null;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example` (and `/./%2F/x` to `/%2F/x`, which
  // decodes to `///x`): as a Location either leaves the site. Checked decoded, like the input.
  const pathForms = decodedForms(path);
  return pathForms && !pathForms.some(networkPath) ? path : null;
}

/** safeRedirectTarget() against the portal's public origin (APP_URL). */
export function safeNextPath(target: unknown): string | null {
  return safeRedirectTarget(target, env().APP_URL);
}
