import { expect, type Page } from "@playwright/test";
import type { TAccount } from "../support/e2e-db";

type TCredentials = Pick<TAccount, "email" | "password">;

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(locale = "en") {
    await this.page.goto(`/${locale}/sign-in`);
    // The form signs in from the browser's script: typing before it has started would be lost.
    await this.page.waitForLoadState("networkidle");
  }

  /** Fills the form already on screen (in English) and submits it, whatever the outcome. */
  async submit(account: TCredentials) {
    await this.page.waitForLoadState("networkidle");
    await this.page.getByLabel("Email address").fill(account.email);
    await this.page.getByLabel("Password", { exact: true }).fill(account.password);
    await this.page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  }

  async signIn(account: TCredentials) {
    await this.open();
    await this.submit(account);
    // Checking the password hash takes a moment on a busy machine.
    await expect(this.page).not.toHaveURL(/sign-in/, { timeout: 20_000 });
  }
}
