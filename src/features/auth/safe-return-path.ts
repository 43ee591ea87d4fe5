import { sameOriginPath } from "~/lib/same-origin-path";

// Stands for the app's origin: only values that are paths on it resolve onto it.
const PLACEHOLDER_ORIGIN = "http://app.invalid";

/**
 * Where to go after signing in: only a path on this site, never another origin (an open
 * redirect would let a link to our sign-in page send people anywhere).
 */
export function safeReturnPath(value: string | string[] | undefined, fallback: string): string {
  const path = Array.isArray(value) ? value[0] : value;
  return (path ? sameOriginPath(path, PLACEHOLDER_ORIGIN) : null) ?? fallback;
}
