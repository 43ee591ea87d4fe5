import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { createAccount, type TAccount } from "./support/e2e-db";

const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The WCAG 2.x A/AA violations on the page as it is now, one line each with the nodes concerned. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/** Fails the test on any WCAG 2.x A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Collects the MISSING_MESSAGE errors a page logs (src/i18n/client-message-paths.ts). */
export function collectMissingMessages(page: Page): string[] {
  const missing: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("MISSING_MESSAGE")) missing.push(message.text());
  });
  return missing;
}

/**
 * Places on a French page where a plain space stands where French typography wants a no-break one:
 * before ; : ? ! and », after « (the messages use U+202F and U+00A0 there).
 */
export async function frenchTypographyProblems(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return [...text.matchAll(/[^\n]{0,24}(?: [;:?!»]|« )[^\n]{0,24}/g)].map(
    ([context]) => `plain space in French typography: “${context.trim()}”`,
  );
}

export type TSignedInActor = "viewer" | "editor" | "admin";
export type TActor = "anonymous" | TSignedInActor;

type TLoginOptions = {
  /** The RCP a viewer or an editor belongs to. */
  rcpSlug?: string;
  name?: string;
  /** Signs in a separate browser (a colleague, an administrator beside the person under test). */
  newContext?: boolean;
};

type TLoginAs = {
  (actor: "anonymous", options?: Pick<TLoginOptions, "newContext">): Promise<{ page: Page; account: null }>;
  (actor: TSignedInActor, options?: TLoginOptions): Promise<{ page: Page; account: TAccount }>;
  (actor: TActor, options?: TLoginOptions): Promise<{ page: Page; account: TAccount | null }>;
};

type TFixtures = { visit: (path: string) => Promise<void>; loginAs: TLoginAs };

const DEFAULT_RCP = "bali-process";

export const test = base.extend<TFixtures>({
  // Every page a test visits is checked with axe once it has loaded, and must not have asked for a
  // message its client components were not given (src/i18n/client-message-paths.ts).
  visit: async ({ page }, use) => {
    const missing = collectMissingMessages(page);
    await use(async (path: string) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page);
      expect(missing, `messages missing on ${path}`).toEqual([]);
    });
  },

  // A fresh account of the role, created straight in the database, signed in through the real
  // sign-in page: what a person of that role sees, without the same steps in every spec.
  loginAs: async ({ page, browser }, use) => {
    const contexts: { close: () => Promise<void> }[] = [];
    const loginAs = async (actor: TActor, options: TLoginOptions = {}) => {
      let target = page;
      if (options.newContext) {
        const context = await browser.newContext();
        contexts.push(context);
        target = await context.newPage();
      }
      if (actor === "anonymous") return { page: target, account: null };
      const account = await createAccount({
        name: options.name,
        ...(actor === "admin"
          ? { platformRole: "ADMIN" }
          : { rcpSlug: options.rcpSlug ?? DEFAULT_RCP, rcpRole: actor === "editor" ? "EDITOR" : "VIEWER" }),
      });
      await new SignInPage(target).signIn(account);
      return { page: target, account };
    };
    await use(loginAs as TLoginAs);
    for (const context of contexts) await context.close();
  },
});

export { expect };
