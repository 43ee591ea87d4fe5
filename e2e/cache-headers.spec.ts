// What any shared cache (CDN, reverse proxy) in front of the app is allowed to keep, read from the
// production server's answers: public pages briefly and revalidated, per-visitor pages never, and
// nothing for a year.
import { expect, test } from "./fixtures";

const directives = (header: string | undefined) =>
  new Map(
    (header ?? "").split(/,\s*/).map((directive) => {
      const [name = "", value] = directive.split("=");
      return [name.toLowerCase(), value === undefined ? true : Number(value)] as const;
    }),
  );

test.describe("cache headers", () => {
  test("cached public pages: a shared cache keeps them a minute at most, then revalidates", async ({
    request,
  }) => {
    const pages = ["/en/about", "/fr/rcps", "/es/countries", "/en/map", "/fr/timeline", "/en/api-docs"];
    for (const path of pages) {
      // Twice: the second answer comes from Next's cache.
      await request.get(path);
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers["x-nextjs-cache"], path).toBe("HIT");
      const cache = directives(headers["cache-control"]);
      expect(cache.get("public"), path).toBe(true);
      expect(cache.get("max-age"), path).toBe(0);
      expect(cache.get("s-maxage"), path).toBeLessThanOrEqual(60);
      expect(cache.get("must-revalidate"), path).toBe(true);
      expect(cache.has("stale-while-revalidate"), path).toBe(false);
      expect(headers["cache-control"], path).not.toContain("31536000");
      // A validator, so that revalidating costs a 304 rather than the page.
      const etag = headers["etag"];
      expect(etag, path).toBeTruthy();
      const again = await request.get(path, { headers: { "if-none-match": etag ?? "" } });
      expect(again.status(), path).toBe(304);
    }
  });

  test("a public page signed-in readers get rendered for them stays out of shared caches", async ({
    request,
  }) => {
    // The same address serves a signed-in reader their own render: a shared cache keyed on the
    // address would hand them the anonymous copy.
    for (const path of ["/en/rcps/budapest-process", "/fr/countries/TH", "/en/overlap", "/es"]) {
      await request.get(path);
      const response = await request.get(path);
      expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
      const cache = directives(response.headers()["cache-control"]);
      expect(cache.get("private"), path).toBe(true);
      expect(cache.get("no-cache"), path).toBe(true);
    }
  });

  test("pages rendered per request and private answers are never stored", async ({ request }) => {
    for (const path of ["/en/sign-in", "/fr/activities", "/en/search?q=labour", "/", "/en/rcps/%00"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const cache = directives(response.headers()["cache-control"]);
      expect(cache.get("no-store"), path).toBe(true);
      expect(cache.get("public"), path).toBeUndefined();
    }
    for (const path of ["/api/health", "/api/health/live", "/api/trpc/rcp.listThemes"]) {
      const cache = directives((await request.get(path)).headers()["cache-control"]);
      expect(cache.get("no-store"), path).toBe(true);
    }
  });

  test("public data feeds are kept minutes, not a year", async ({ request }) => {
    for (const path of ["/api/v1/rcps", "/api/calendar/en/public.ics", "/api/feed/en/events.atom"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const cache = directives(response.headers()["cache-control"]);
      expect(cache.get("public"), path).toBe(true);
      const lifetime = Math.max(Number(cache.get("s-maxage") ?? 0), Number(cache.get("max-age") ?? 0));
      expect(lifetime, path).toBeLessThanOrEqual(300);
    }
  });
});
