import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, createNonce, pageKind } from "@/lib/security/page-policy";

const intl = createIntlMiddleware(routing);

// Only says whether a session cookie is present: who may see what is decided
// again in layouts and the data layer (a forged cookie gets no further).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const development = env().NODE_ENV === "development";
// Server Actions post to page paths: bodies over next.config's
// serverActions.bodySizeLimit (1 MB) get 413 here, before anything reads them.
const MAX_POST_BYTES = 1024 * 1024;

/** Passes a header on to the render (Next reads the nonce from the request's CSP). */
function forwardRequestHeader(response: NextResponse, name: string, value: string): void {
  const overridden = response.headers.get("x-middleware-override-headers");
  if (overridden === null) return; // a redirect: nothing is rendered
  response.headers.set("x-middleware-override-headers", `${overridden},${name}`);
  response.headers.set(`x-middleware-request-${name}`, value);
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Next checks a Server Action's Origin against X-Forwarded-Host (else Host),
 * both of which the sender controls: `Origin: https://evil.example` with
 * `X-Forwarded-Host: evil.example` passes that check. When APP_URL names the
 * public origin, an Origin naming any other host is refused here. A missing
 * Origin is left to Next (browsers always send one on POST).
 */
function foreignActionOrigin(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const expected = hostOf(env().configuredAppUrl);
  const origin = request.headers.get("origin");
  if (!expected || origin === null) return false;
  return hostOf(origin) !== expected;
}

const SIGN_IN_PAGES = /^\/[^/]+\/sign-in(\/verify|\/enrol)?\/?$/;

/**
 * A sign-in page asked for with a `?next=` that fails the redirect check
 * (lib/auth/redirect-target.ts): the same page without it. Answered here,
 * before rendering, because a page that redirects while rendering still
 * streams Next's router state, which holds the URL: a foreign target must
 * not reach the HTML at all (issue 12.1).
 */
function withoutForeignNext(request: NextRequest): URL | null {
  const { pathname, searchParams } = request.nextUrl;
  if (!SIGN_IN_PAGES.test(pathname) || !searchParams.has("next")) return null;
  const values = searchParams.getAll("next");
  if (values.length === 1 && safeRedirectTarget(values[0], env().APP_URL) !== null) return null;
  const clean = new URL(request.url);
  clean.searchParams.delete("next");
  return clean;
}

export default function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_POST_BYTES) {
    return new NextResponse("Request body too large", { status: 413, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  if (foreignActionOrigin(request)) {
    return new NextResponse("Forbidden", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const cleaned = withoutForeignNext(request);
  if (cleaned) return withHeaders(NextResponse.redirect(cleaned), "public", request.headers.get("x-request-id"));
  const response = intl(request);
  const { pathname } = request.nextUrl;
  const kind = pageKind(pathname);
  const isAnonymous = !SESSION_COOKIES.some((name) => request.cookies.has(name));

  if (isAnonymous && kind === "private" && response.status < 300) {
    const first = pathname.split("/")[1]?.toLowerCase();
    const locale = routing.locales.find((candidate) => candidate === first) ?? routing.defaultLocale;
    const target = new URL(`/${locale}/sign-in`, request.url);
    target.searchParams.set("next", pathname);
    return withHeaders(NextResponse.redirect(target), "public", request.headers.get("x-request-id"));
  }
  return withHeaders(response, kind, request.headers.get("x-request-id"));
}

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

function withHeaders(response: NextResponse, kind: ReturnType<typeof pageKind>, incomingId: string | null): NextResponse {
  // A correlation id for the logs (lib/server/request-error.ts, lib/audit/denial.ts), echoed to the client.
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();
  forwardRequestHeader(response, "x-request-id", requestId);
  response.headers.set("x-request-id", requestId);
  const { https } = env();
  if (kind === "public") {
    response.headers.set("content-security-policy", contentSecurityPolicy({ development, https }));
    return response;
  }
  const policy = contentSecurityPolicy({ nonce: createNonce(), development, https });
  forwardRequestHeader(response, "content-security-policy", policy);
  response.headers.set("content-security-policy", policy);
  // Signed-in and sign-in pages (which may show an enrolment secret) are never stored.
  response.headers.set("cache-control", "no-store");
  return response;
}

export const config = {
  matcher: [
    // Everything but API routes, Next internals, files with an extension, and the cached public pages (region, partners, SEZ, map, privacy,
    // open data): those are static, need no locale routing or per-request header, and get
    // their headers from next.config.mjs. The locale list must be literal here (Next reads
    // the matcher at build time); lib/security/proxy-matcher.test.ts keeps it in step.
    "/((?!api|_next|_vercel|.*\\..*|(?:en|ru|de|nl|ko|zh|fa)(?:/(?:partners|sez|map|privacy|open-data)(?:/.*)?)?$).*)",
    // A Server Action posted to any page still comes here (body size limit, Origin check).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
