/**
 * True when the request's Origin (or, lacking it, Referer) is the host it was sent to.
 * Browsers always send Origin on cross-site POSTs; non-browser clients send neither and are
 * judged by their credentials alone.
 */
export function isSameOrigin(request: Request): boolean {
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  if (!source) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}
