import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";

// Auth.js reads the whole form body; sign-in and sign-out forms are tiny, so
// anything declaring more than 16 KB (or not declaring its size) is refused
// before it is read. Route handlers have no body limit of their own.
const MAX_BODY_BYTES = 16 * 1024;

export const GET = handlers.GET;

export async function POST(request: NextRequest): Promise<Response> {
  const declared = request.headers.get("content-length");
  if (declared === null) return new Response("Length required", { status: 411, headers: { "cache-control": "no-store" } });
  if (!/^\d+$/.test(declared) || Number(declared) > MAX_BODY_BYTES) {
    return new Response("Request body too large", { status: 413, headers: { "cache-control": "no-store" } });
  }
  return handlers.POST(request);
}
