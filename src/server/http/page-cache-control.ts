// Cache-Control of page responses, for browsers and for any shared cache (CDN, reverse proxy)
// in front of the app.
//
// Next marks a page it keeps in its own cache `s-maxage=31536000` (a year): its cache is dropped
// on every write, but a shared cache would have no way to know and would serve the page for a year
// after its edit. So public pages go out with a short shared lifetime and are revalidated by their
// ETag (Next sends one with every cached page); browsers always ask again (max-age=0).
// No stale-while-revalidate: browsers honour it too, and would show a page up to that long after
// its edit while refetching it in the background (a fetch a test browser waits on for ever).

/** Seconds a shared cache may serve a public page without asking the app again. */
export const SHARED_PAGE_SECONDS = 30;

export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, must-revalidate, s-maxage=${SHARED_PAGE_SECONDS}`;
export const PER_REQUEST_CACHE_CONTROL = "private, no-store";

/**
 * A public page whose address also serves signed-in readers their own render (reader-twin.ts): a
 * shared cache keyed on the address alone would hand the anonymous copy to them. "Vary: Cookie"
 * would say so, but Next replaces a page's Vary header with its own; so only browsers keep these,
 * and revalidate them every time.
 */
export const SHARED_ADDRESS_CACHE_CONTROL = "private, no-cache";

type TPageKind = {
  /** Rendered once and replayed to every visitor from Next's cache. */
  isPublic: boolean;
  /** Served by a per-request twin to visitors with a session cookie (reader-twin.ts). */
  hasReaderTwin: boolean;
};

export function pageCacheControl({ isPublic, hasReaderTwin }: TPageKind): string {
  if (!isPublic) return PER_REQUEST_CACHE_CONTROL;
  return hasReaderTwin ? SHARED_ADDRESS_CACHE_CONTROL : PUBLIC_PAGE_CACHE_CONTROL;
}
