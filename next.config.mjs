import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy } from "./lib/security/csp.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers for every response, including the ones proxy.ts does not see (API
// routes, static files, paths with an extension). Pages get their
// Content-Security-Policy (with a per-request nonce where they are dynamic)
// and Cache-Control from proxy.ts, which overrides the fallback CSP below.
// Keys are lower-case so proxy.ts's values replace these rather than add to them.
const production = process.env.NODE_ENV === "production";
const securityHeaders = [
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
  { key: "x-frame-options", value: "DENY" },
  { key: "cross-origin-opener-policy", value: "same-origin" },
  { key: "permissions-policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  // Browsers ignore HSTS received over plain http (RFC 6797 §8.1), so local http runs are unaffected.
  ...(production ? [{ key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" }] : []),
];
const fallbackPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

// Keep in step with lib/i18n/config.ts and proxy.ts's matcher (lib/security/proxy-matcher.test.ts).
const LOCALES = "en|ru|de|nl|ko|zh|fa";
const PUBLIC_PAGE_SOURCES = [`/:locale(${LOCALES})`, `/:locale(${LOCALES})/:section(partners|sez|map|privacy|open-data)/:rest*`];
const publicPolicy = contentSecurityPolicy({ development: !production, https: (process.env.APP_URL ?? "").startsWith("https://") });

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  productionBrowserSourceMaps: false,
  // PGlite ships wasm and data files that must be loaded from node_modules at run time;
  // the argon2 and pino native/worker pieces likewise.
  // pdfkit reads its own data files and the fonts from node_modules at run time (lib/pdf).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "postgres", "pdfkit"],
  // The migrations are read from disk at start-up; include them in the standalone output,
  // and the PDF fonts (lib/pdf/fonts.ts) with the two routes that draw PDFs.
  outputFileTracingIncludes: {
    "/**": ["./db/migrations/**/*"],
    "/api/applications/[id]/dossier": ["./node_modules/@embedpdf/fonts-*/fonts/Noto*-{Regular,Bold}.{ttf,otf}"],
    "/api/applications/[id]/copy": ["./node_modules/@embedpdf/fonts-*/fonts/Noto*-{Regular,Bold}.{ttf,otf}"],
  },
  images: { remotePatterns: [] },
  typedRoutes: false,
  // Server Actions take small JSON/form bodies only (documents go through the
  // upload route handler); larger bodies are refused with 413. Explicit, not left to the default.
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: [...securityHeaders, { key: "content-security-policy", value: fallbackPolicy }] },
      // The cached public pages do not pass through proxy.ts (its matcher leaves them out, so a
      // static page costs the server no middleware run): their policy is set here, the same
      // nonce-less one proxy.ts gives public pages. Later rules override earlier ones for a key.
      // Evaluated at build time: `upgrade-insecure-requests` follows APP_URL as the build saw it.
      ...PUBLIC_PAGE_SOURCES.map((source) => ({ source, headers: [{ key: "content-security-policy", value: publicPolicy }] })),
      // JSON, CSV and downloads: nothing in them may run or be framed.
      { source: "/api/:path*", headers: [{ key: "content-security-policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
