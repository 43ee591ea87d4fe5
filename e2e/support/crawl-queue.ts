// Which links the accessibility crawl follows: breadth-first, one URL per path and set of query
// keys (the values do not matter), and a few of each kind of detail page, so that a run covers
// every template without visiting hundreds of near-identical pages.

/** Path segments followed by an identifier: /rcps/<slug>, /countries/<code>, /activities/<slug>, /manage/<slug>/… */
const COLLECTIONS = new Set(["rcps", "countries", "activities", "manage", "invitation", "reset-password"]);

const SKIPPED = [/^\/api\//, /signout/i, /\/compare\/csv$/];

/** The kind of page a path is, with identifiers replaced: /en/rcps/:id. */
export function pathPattern(path: string): string {
  const segments = path.split("/");
  return segments
    .map((segment, index) => (index > 0 && COLLECTIONS.has(segments[index - 1] ?? "") ? ":id" : segment))
    .join("/");
}

/** A URL's identity for the crawl: its path and the names, not the values, of its query. */
export function crawlKey(url: URL): string {
  const keys = [...new Set(url.searchParams.keys())].sort();
  return keys.length > 0 ? `${url.pathname}?${keys.join("&")}` : url.pathname;
}

type TOptions = { origin: string; locale: string; capFor: (pattern: string) => number };

export class CrawlQueue {
  private readonly seen = new Set<string>();
  private readonly perPattern = new Map<string, number>();
  private readonly pending: string[] = [];

  constructor(private readonly options: TOptions) {}

  /** Queues the link unless it leaves the site or the language, or its kind is already sampled. */
  offer(href: string): void {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    if (url.origin !== this.options.origin) return;
    const { pathname } = url;
    if (pathname !== `/${this.options.locale}` && !pathname.startsWith(`/${this.options.locale}/`)) return;
    if (SKIPPED.some((pattern) => pattern.test(pathname))) return;
    const key = crawlKey(url);
    if (this.seen.has(key)) return;
    const pattern = pathPattern(pathname);
    const count = this.perPattern.get(pattern) ?? 0;
    if (count >= this.options.capFor(pattern)) return;
    this.seen.add(key);
    this.perPattern.set(pattern, count + 1);
    url.hash = "";
    this.pending.push(url.pathname + url.search);
  }

  next(): string | undefined {
    return this.pending.shift();
  }
}
