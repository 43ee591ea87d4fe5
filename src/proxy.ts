import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { buildCsp, isPublicCachedPath } from "./server/http/content-security-policy";

const intl = createMiddleware(routing);

// Locale negotiation and response headers only. Authorization is decided in the tRPC procedures
// and server pages, never here.
export default function proxy(request: NextRequest): NextResponse {
  const isPublic = isPublicCachedPath(request.nextUrl.pathname);
  const nonce = isPublic ? null : btoa(crypto.randomUUID());
  const csp = buildCsp({ nonce, isDev: process.env.NODE_ENV === "development" });

  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = intl(new NextRequest(request, { headers }));

  response.headers.set("Content-Security-Policy", csp);
  if (!isPublic) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
