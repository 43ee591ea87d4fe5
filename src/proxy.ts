import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing, toLocale } from "./i18n/routing";
import { isDatabaseAvailable } from "./server/database-availability";
import { buildCsp, isPublicCachedPath } from "./server/http/content-security-policy";
import { notFoundPage } from "./server/http/not-found-page";
import { pageCacheControl, PER_REQUEST_CACHE_CONTROL } from "./server/http/page-cache-control";
import { isWellFormedPath } from "./server/http/path-shape";
import { hasSessionCookie, readerTwinPath } from "./server/http/reader-twin";
import { RETRY_AFTER_SECONDS, unavailablePage } from "./server/http/unavailable-page";

const intl = createMiddleware(routing);
// A cached page is stored once and replayed to every visitor (and by any shared cache in front):
// it must set no cookie. The locale switcher's links write the locale cookie in the browser.
const intlWithoutCookie = createMiddleware({ ...routing, localeCookie: false });

// Locale negotiation, malformed addresses and response headers only. Authorization is decided in
// the tRPC procedures and server pages, never here.
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  // Pages that show activities by tier are rendered per request for signed-in readers (reader-twin.ts).
  const twin = readerTwinPath(pathname, hasSessionCookie(request.cookies.getAll().map((c) => c.name)));
  const isPublic = !twin && isPublicCachedPath(pathname);
  const nonce = isPublic ? null : btoa(crypto.randomUUID());
  const csp = buildCsp({ nonce, isDev: process.env.NODE_ENV === "development" });
  if (!isWellFormedPath(pathname)) return notFound(pathname, csp);
  // The site's bare address redirects each visitor to their language (the cookie the switcher
  // wrote, else the browser's): a per-visitor answer, never stored.
  const isRoot = pathname === "/";
  // A page rendered per request needs the database: while it is out of reach, say so at once
  // rather than fail in the render. Cached public pages are still served from the cache.
  if ((!isPublic || isRoot) && !(await isDatabaseAvailable())) return unavailable(pathname, csp);

  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = twin
    ? rewriteTo(request, twin, headers)
    : (isPublic && !isRoot ? intlWithoutCookie : intl)(new NextRequest(request, { headers }));

  response.headers.set("Content-Security-Policy", csp);
  const hasReaderTwin = readerTwinPath(pathname, true) !== null;
  const cacheControl = pageCacheControl({ isPublic: isPublic && !isRoot, hasReaderTwin });
  // Next keeps a Cache-Control set here instead of its own (a year for a cached page).
  response.headers.set("Cache-Control", cacheControl);
  return response;
}

function rewriteTo(request: NextRequest, pathname: string, headers: Headers): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  // What next-intl's middleware would have passed on: the locale, already checked by the path's shape.
  headers.set("X-NEXT-INTL-LOCALE", pathname.split("/")[1] ?? routing.defaultLocale);
  return NextResponse.rewrite(url, { request: { headers } });
}

function notFound(pathname: string, csp: string): NextResponse {
  const locale = toLocale(pathname.split("/")[1]);
  return new NextResponse(notFoundPage(locale), {
    status: 404,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": PER_REQUEST_CACHE_CONTROL,
      "Content-Security-Policy": csp,
    },
  });
}

function unavailable(pathname: string, csp: string): NextResponse {
  const locale = toLocale(pathname.split("/")[1]);
  return new NextResponse(unavailablePage(locale), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": PER_REQUEST_CACHE_CONTROL,
      "Content-Security-Policy": csp,
      "Retry-After": String(RETRY_AFTER_SECONDS),
    },
  });
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
