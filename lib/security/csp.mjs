// The Content-Security-Policy of every page (see page-policy.ts for which page gets
// which). Plain JavaScript: next.config.mjs imports it too.

/**
 * @param {{ nonce?: string, development: boolean, https: boolean }} options
 *   nonce: per-request nonce, omitted for cached public pages;
 *   development: `next dev` needs eval for React's debugging, never a production build;
 *   https: served over https, so the browser upgrades any http sub-resource.
 */
export function contentSecurityPolicy({ nonce, development, https }) {
  const eval_ = development ? " 'unsafe-eval'" : "";
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${eval_}` : `'self' 'unsafe-inline'${eval_}`;
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React renders `style` attributes (e.g. the statistics bars), which a nonce cannot cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
