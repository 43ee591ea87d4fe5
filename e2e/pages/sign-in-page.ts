import { expect, type Page } from "@playwright/test";
import type { TAccount } from "../support/e2e-db";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(account: Pick<TAccount, "email" | "password">) {
    await this.page.goto("/en/sign-in");
    // The form signs in from the browser's script: typing before it has started would be lost.
    await this.page.waitForLoadState("networkidle");
    await this.page.getByLabel("Email address").fill(account.email);
    await this.page.getByLabel("Password").fill(account.password);
    await this.page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
    // Checking the password hash takes a moment on a busy machine.
    await expect(this.page).not.toHaveURL(/sign-in/, { timeout: 20_000 });
  }

  /** Signs out from the account menu in the header, which opens from the person's name. */
  async signOut() {
    await this.page
      .getByRole("banner")
      .getByRole("button", { name: /^Signed in as/ })
      .click();
    await this.page.getByRole("menuitem", { name: "Sign out" }).click();
  }
}
