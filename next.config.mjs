import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  productionBrowserSourceMaps: false,
  // PGlite ships wasm and data files that must be loaded from node_modules at run time;
  // the argon2 and pino native/worker pieces likewise.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "postgres"],
  // The migrations are read from disk at start-up; include them in the standalone output.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  images: { remotePatterns: [] },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
