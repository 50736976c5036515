import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);

// Areas that need a signed-in user. The proxy only sends the anonymous to the
// sign-in page; who may see what is decided again in layouts and the data layer.
const PROTECTED = /^\/[^/]+\/(apply|applications|account|admin)(\/|$)/i;
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(request: NextRequest) {
  const response = intl(request);
  const { pathname } = request.nextUrl;
  const isAnonymous = !SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (isAnonymous && PROTECTED.test(decodeURIComponent(pathname)) && response.status < 300) {
    const locale = pathname.split("/")[1] ?? routing.defaultLocale;
    const target = new URL(`/${locale}/sign-in`, request.url);
    target.searchParams.set("next", pathname);
    return NextResponse.redirect(target);
  }
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
