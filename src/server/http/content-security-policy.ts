// Content-Security-Policy for page responses.
//
// Pages that depend on the visitor (sign-in, secretariat and admin areas, forms) are rendered per
// request and get a nonce: only scripts carrying it run. Public read-only pages are rendered once
// and served to everyone from Next's cache, so their HTML cannot carry a per-request nonce; they
// allow the app's own inline bootstrap scripts instead ('unsafe-inline' without 'strict-dynamic'),
// and everything else in the policy stays as strict.

const PUBLIC_CACHED =
  /^\/(en|fr|es)(\/(about|api-docs|rcps|countries|map|compare|overlap|timeline)(\/[^/]*)?)?\/?$/;
// An activity's own page, for anonymous visitors (src/server/http/reader-twin.ts); the list is
// per request (its filters are in the address).
const PUBLIC_ACTIVITY = /^\/(en|fr|es)\/activities\/[^/]+\/?$/;

/** Public pages served from the shared cache (no nonce possible). */
export function isPublicCachedPath(pathname: string): boolean {
  return pathname === "/" || PUBLIC_CACHED.test(pathname) || PUBLIC_ACTIVITY.test(pathname);
}

export function buildCsp({ nonce, isDev }: { nonce: string | null; isDev: boolean }): string {
  const scripts = nonce ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`] : [`'self'`, `'unsafe-inline'`];
  // React's development build evaluates code for its debugging features.
  if (isDev) scripts.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}
