// The grammar of the app's addresses, checked before anything renders. Every address is made of
// plain ASCII segments (locales, page names, slugs, ISO codes, base64url tokens); anything else
// (percent-escapes such as %00, spaces, empty segments) names no page. Refused before rendering, it
// cannot make Next render, and store, a cached page under an address that is not its own.

const SEGMENT = /^[A-Za-z0-9_-]{1,200}$/;

// The public pages that take a parameter, and what that parameter looks like.
const PARAMETERS: readonly [RegExp, RegExp][] = [
  [/^\/[a-z]{2}\/rcps\/([^/]+)$/, /^[A-Za-z0-9-]{1,100}$/],
  [/^\/[a-z]{2}\/countries\/([^/]+)$/, /^[A-Za-z]{2}$/],
];

export function isWellFormedPath(pathname: string): boolean {
  const trimmed = pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (trimmed === "") return true;
  if (
    !trimmed
      .split("/")
      .slice(1)
      .every((segment) => SEGMENT.test(segment))
  )
    return false;
  return PARAMETERS.every(([route, parameter]) => {
    const value = route.exec(trimmed)?.[1];
    return value === undefined || parameter.test(value);
  });
}
