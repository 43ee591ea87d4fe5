/**
 * The public pages the bench times. Pages still being built on other branches answer 404 here:
 * the bench reports them as skipped and measures the rest, so they can be listed before they land.
 */
export const TARGETS: readonly { name: string; path: string }[] = [
  { name: "directory", path: "/en/rcps" },
  { name: "profile", path: "/en/rcps/budapest-process" },
  { name: "country", path: "/en/countries/TH" },
  { name: "overlap", path: "/en/overlap" },
];

/** The framework floor: a static page of this app (no database), served from Next's cache. */
export const FLOOR = { name: "about (framework floor)", path: "/en/about" } as const;

/** The product's target: a page's p50 at most this multiple of the framework floor's. */
export const MAX_RATIO_TO_FLOOR = 1.5;
