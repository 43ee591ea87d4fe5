import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";
import { createAccount } from "./support/e2e-db";

/** Goes through the identity provider's own login and consent pages as `login`. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: "Sign in with Test identity provider" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  await page.locator('button[type="submit"]').click();
  // Each test has a fresh browser session at the provider, so it always asks for consent.
  await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
}

test.describe("single sign-on", () => {
  test("an invited account signs in through the provider by its verified email", async ({ page }) => {
    const account = await createAccount();
    await signInThroughProvider(page, account.email);
    await new SiteHeader(page).expectSignedInAs(account.name);
  });

  test("an address with no account here is refused, in the user's language", async ({ page }) => {
    await signInThroughProvider(page, "stranger@example.org");
    await expect(page).toHaveURL(/\/sign-in\?.*error=AccessDenied/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("not linked to an account here");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("an unverified address is refused even if an account has it", async ({ page }) => {
    const account = await createAccount();
    const { e2eDb } = await import("./support/e2e-db");
    const unverified = `unverified-${account.email}`;
    await e2eDb().user.update({ where: { id: account.id }, data: { email: unverified } });
    await signInThroughProvider(page, unverified);
    await expect(page).toHaveURL(/error=AccessDenied/);
  });
});
