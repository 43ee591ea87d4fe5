import { describe, expect, it } from "vitest";
import { CrawlQueue, crawlKey, pathPattern } from "../../e2e/support/crawl-queue";

const origin = "http://localhost:3000";
const drain = (queue: CrawlQueue) => {
  const paths: string[] = [];
  for (let path = queue.next(); path !== undefined; path = queue.next()) paths.push(path);
  return paths;
};

describe("the accessibility crawl's queue", () => {
  it("names a page by its kind, identifiers replaced", () => {
    expect(pathPattern("/en/rcps/bali-process")).toBe("/en/rcps/:id");
    expect(pathPattern("/fr/manage/apc/history")).toBe("/fr/manage/:id/history");
    expect(pathPattern("/es/countries")).toBe("/es/countries");
    // Each activity's page is one kind: the crawl samples a few, not all of them.
    expect(pathPattern("/en/activities/bali-budapest-joint-workshop-perth-2004")).toBe("/en/activities/:id");
    expect(pathPattern("/en/activities")).toBe("/en/activities");
    expect(pathPattern("/en/rcps/bali-process/activities")).toBe("/en/rcps/:id/activities");
  });

  it("keeps one URL per path and set of query keys, whatever their values", () => {
    expect(crawlKey(new URL(`${origin}/en/rcps?q=a&theme=b`))).toBe("/en/rcps?q&theme");
    expect(crawlKey(new URL(`${origin}/en/rcps?theme=c&q=d`))).toBe("/en/rcps?q&theme");
    const queue = new CrawlQueue({ origin, locale: "en", capFor: () => Infinity });
    for (const href of [
      "/en/rcps?q=a",
      "/en/rcps?q=b",
      "/en/rcps",
      "/en/rcps#top",
      "/en/rcps?q=c&region=x",
    ]) {
      queue.offer(new URL(href, origin).href);
    }
    expect(drain(queue)).toEqual(["/en/rcps?q=a", "/en/rcps", "/en/rcps?q=c&region=x"]);
  });

  it("stays on the site and in its language, skips the API, sign-out and downloads, caps each kind", () => {
    const queue = new CrawlQueue({ origin, locale: "fr", capFor: (p) => (p.includes(":id") ? 2 : Infinity) });
    for (const href of [
      "https://example.org/fr",
      `${origin}/en/rcps`,
      `${origin}/api/auth/signout`,
      `${origin}/fr/compare/csv?columns=a`,
      `${origin}/fr/rcps/apc`,
      `${origin}/fr/rcps/igc`,
      `${origin}/fr/rcps/mtm`,
      `${origin}/fr`,
    ]) {
      queue.offer(href);
    }
    expect(drain(queue)).toEqual(["/fr/rcps/apc", "/fr/rcps/igc", "/fr"]);
  });
});
