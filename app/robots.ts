import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Read at request time so the canonical origin is the running server's APP_URL.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = env().APP_URL.replace(/\/$/, "");
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/*/admin", "/*/account", "/*/apply", "/api/"] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
