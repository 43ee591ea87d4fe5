import { expect, type Page } from "@playwright/test";
import type { TAccount } from "../support/accounts";

/** Signs in through the real sign-in page, as a person would. */
export async function signIn(page: Page, account: TAccount) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
}
