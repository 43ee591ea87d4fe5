// Where the rendering of the pages that show activities by tier is decided: an activity's page,
// a process's profile and a country's page. One address serves everyone (a co-host who receives
// a link opens the same URL as the public), but not one render:
// - without a session, the page is the cached one (/[locale]/activities/[slug], /rcps/[slug],
//   /countries/[code]), rendered as nobody: public activities only, the 404 page for an activity
//   that is not public. It can be stored and replayed to every anonymous visitor because it
//   depends on nothing but its address.
// - with a session cookie, the proxy rewrites the request to the per-request twin under
//   /[locale]/reader/…, which reads as that reader (tiers decided in the procedures, as
//   everywhere). An invalid or expired cookie reads as nobody there: the same public view, only
//   not from the cache.
// A cookie is only a routing hint here, never an authorization: both renders ask the procedures.
// The lists (/activities, /rcps/[slug]/activities) are per request anyway: no twin.

const TIERED_PAGE = /^\/(en|fr|es)\/(activities|rcps|countries)\/([^/]+)\/?$/;
// The overlap page: its twin adds, for secretariats, which processes work on the same themes at the
// same time (their activities, by tier).
const OVERLAP_PAGE = /^\/(en|fr|es)\/overlap\/?$/;
// The home page: signed-in readers see what their peers are doing above the public sections.
const HOME_PAGE = /^\/(en|fr|es)\/?$/;

// next-auth's cookie, its secure-prefixed form on https, and the chunks it splits a long one into.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/** The per-request page a signed-in reader's request is served by, or null for the cached one. */
export function readerTwinPath(pathname: string, isSignedIn: boolean): string | null {
  if (!isSignedIn) return null;
  const overlap = OVERLAP_PAGE.exec(pathname);
  if (overlap) return `/${overlap[1]}/reader/overlap`;
  const home = HOME_PAGE.exec(pathname);
  if (home) return `/${home[1]}/reader/home`;
  const match = TIERED_PAGE.exec(pathname);
  if (!match) return null;
  return `/${match[1]}/reader/${match[2]}/${match[3]}`;
}
