/**
 * Where to go after signing in: only a path on this site, never another origin (an open
 * redirect would let a link to our sign-in page send people anywhere).
 */
export function safeReturnPath(value: string | string[] | undefined, fallback: string): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return fallback;
  return path;
}
