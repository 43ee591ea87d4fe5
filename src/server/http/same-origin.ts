/**
 * True when the request's Origin (or, lacking it, Referer) is the app's own origin: scheme, host
 * and port, as configured (see app-origin.ts). Host and X-Forwarded-Host are not consulted: a
 * client chooses them. Browsers always send Origin on cross-site POSTs; non-browser clients send
 * neither and are judged by their credentials alone.
 */
export function isSameOrigin(request: Request, appOrigin: string): boolean {
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  if (!source) return true;
  try {
    return new URL(source).origin === new URL(appOrigin).origin;
  } catch {
    return false;
  }
}
