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

/**
 * Routes rendered for each request, timed against a bare Next page rendered per request.
 * `isSignedIn` routes are requested with the session of an editor of BENCH_RCP (session.ts);
 * `isForm` pages ship a form's script and have the forms' weight budget.
 */
export const DYNAMIC_TARGETS: readonly {
  name: string;
  path: string;
  isSignedIn: boolean;
  isForm?: boolean;
  isApi?: boolean;
}[] = [
  { name: "sign-in", path: "/en/sign-in", isSignedIn: false, isForm: true },
  { name: "my work", path: "/en/manage", isSignedIn: true },
  { name: "profile history", path: "/en/manage/budapest-process/history", isSignedIn: true },
  { name: "profile edit", path: "/en/manage/budapest-process/edit", isSignedIn: true, isForm: true },
  { name: "tRPC user.me", path: "/api/trpc/user.me", isSignedIn: true, isApi: true },
];

/** First-load JavaScript, against the bare page's: public pages and forms. */
export const MAX_JS_RATIO = { page: 1.15, form: 1.5 } as const;

/** Pages rendered per request: p50 at most this multiple of the bare per-request page's. */
export const MAX_DYNAMIC_RATIO = 1.5;

/** Resident memory of the app's server after the whole run. */
export const MAX_RSS_MB = 400;
