/**
 * The path, query and fragment a browser would land on when following `value` from a page of
 * `appOrigin`, or null when it would leave that origin. The value is parsed as browsers parse it
 * (tabs and line breaks dropped, backslashes read as slashes), so "/\t/evil.example" is seen as the
 * "//evil.example" it becomes, not as a path.
 */
export function sameOriginPath(value: string, appOrigin: string): string | null {
  let url: URL;
  try {
    url = new URL(value, appOrigin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(appOrigin).origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//host" normalises to "//host", which a browser would follow to that host.
  return path.startsWith("//") ? null : path;
}
