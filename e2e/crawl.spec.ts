// Follows every link a person can reach from the home page, in each language and as each kind of
// visitor, and checks each page with axe, for messages its client components lacked and, in French,
// for plain spaces where French typography wants no-break ones.
import {
  axeViolations,
  collectMissingMessages,
  expect,
  frenchTypographyProblems,
  test,
  type TActor,
} from "./fixtures";
import { CrawlQueue } from "./support/crawl-queue";

const LOCALES = ["en", "fr", "es"] as const;
const ACTORS: TActor[] = ["anonymous", "viewer", "editor", "admin"];
/**
 * Detail pages of one kind (/rcps/:id, /countries/:id, /manage/:id/…) visited per language and
 * visitor: every profile once, in English and signed out; two of a kind signed out, one signed in
 * (the public pages differ only by the header, which the first one checks).
 */
const capOf = (pattern: string, actor: TActor, locale: string) => {
  if (!pattern.includes(":id")) return Infinity;
  if (actor !== "anonymous") return 1;
  return locale === "en" && pattern === "/en/rcps/:id" ? Infinity : 2;
};

test.describe("accessibility crawl", () => {
  // Dozens of pages per visitor, each analysed by axe: minutes, not seconds.
  test.describe.configure({ timeout: 8 * 60_000 });

  for (const actor of ACTORS) {
    test(`every page reached as ${actor} passes axe and has its messages`, async ({ loginAs, baseURL }) => {
      const { page } = await loginAs(actor, { rcpSlug: "bali-process" });
      const missing = collectMissingMessages(page);
      const problems: string[] = [];
      const counts: string[] = [];
      for (const locale of LOCALES) {
        const queue = new CrawlQueue({
          origin: new URL(baseURL ?? "").origin,
          locale,
          capFor: (pattern) => capOf(pattern, actor, locale),
        });
        queue.offer(new URL(`/${locale}`, baseURL).href);
        let crawled = 0;
        for (let path = queue.next(); path !== undefined; path = queue.next()) {
          const response = await page.goto(path);
          crawled += 1;
          const status = response?.status() ?? 0;
          if (status >= 400) problems.push(`${path}: answered ${status}`);
          if (!(response?.headers()["content-type"] ?? "").includes("text/html")) continue;
          await page.waitForLoadState("networkidle");
          for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
          missing.splice(0).forEach((message) => problems.push(`${path}: ${message}`));
          if (locale === "fr") {
            for (const problem of await frenchTypographyProblems(page)) problems.push(`${path}: ${problem}`);
          }
          const hrefs = await page
            .locator("a[href]")
            .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
          hrefs.forEach((href) => queue.offer(href));
        }
        counts.push(`${locale}: ${crawled}`);
        expect(crawled, `pages reached in ${locale}`).toBeGreaterThan(5);
      }
      console.log(`crawled as ${actor}: ${counts.join(", ")}`);
      expect(problems).toEqual([]);
    });
  }
});
