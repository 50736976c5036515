// Types for lib/security/csp.mjs.
export interface PolicyOptions {
  /** Per-request nonce; omitted for cached public pages. */
  nonce?: string;
  /** `next dev` needs eval for React's debugging; never in a production build. */
  development: boolean;
  /** Served over https: ask the browser to upgrade any http sub-resource. */
  https: boolean;
}
export declare function contentSecurityPolicy(options: PolicyOptions): string;
