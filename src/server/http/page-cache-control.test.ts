import { describe, expect, it } from "vitest";
import { pageCacheControl, PUBLIC_PAGE_CACHE_CONTROL, SHARED_PAGE_SECONDS } from "./page-cache-control";

const directivesOf = (header: string) =>
  new Map(
    header.split(/,\s*/).map((directive) => {
      const [name, value] = directive.split("=");
      return [name, value === undefined ? true : Number(value)] as const;
    }),
  );

describe("the caching of pages", () => {
  it("lets a shared cache keep a public page briefly and makes browsers ask again", () => {
    const header = pageCacheControl({ isPublic: true, hasReaderTwin: false });
    expect(header).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    const directives = directivesOf(header);
    expect(directives.get("public")).toBe(true);
    expect(directives.get("max-age")).toBe(0);
    expect(directives.get("s-maxage")).toBe(SHARED_PAGE_SECONDS);
    expect(SHARED_PAGE_SECONDS).toBeGreaterThan(0);
    expect(SHARED_PAGE_SECONDS).toBeLessThanOrEqual(60);
    // Nothing, browser or proxy, shows a stale copy while it refetches in the background.
    expect(directives.get("must-revalidate")).toBe(true);
    expect(directives.has("stale-while-revalidate")).toBe(false);
  });

  it("keeps a public page that signed-in readers get rendered for them out of shared caches", () => {
    const directives = directivesOf(pageCacheControl({ isPublic: true, hasReaderTwin: true }));
    expect(directives.get("private")).toBe(true);
    expect(directives.get("no-cache")).toBe(true);
    expect(directives.has("public")).toBe(false);
  });

  it("never lets anything store a page rendered per request", () => {
    for (const hasReaderTwin of [true, false]) {
      expect(pageCacheControl({ isPublic: false, hasReaderTwin })).toBe("private, no-store");
    }
  });
});
