import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Fails the test on any WCAG 2.x A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

type TFixtures = { visit: (path: string) => Promise<void> };

export const test = base.extend<TFixtures>({
  // Every page a test visits is checked with axe once it has loaded, and must not have asked for a
  // message its client components were not given (src/i18n/client-message-paths.ts).
  visit: async ({ page }, use) => {
    const missing: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("MISSING_MESSAGE")) missing.push(message.text());
    });
    await use(async (path: string) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page);
      expect(missing, `messages missing on ${path}`).toEqual([]);
    });
  },
});

export { expect };
