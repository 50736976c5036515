import { countriesSvgDocument } from "@/lib/map/geometry";

// Rendered once at build time: the countries of the partner map (components/map/partner-map.tsx).
export const dynamic = "force-static";

export function GET() {
  return new Response(countriesSvgDocument(), {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
