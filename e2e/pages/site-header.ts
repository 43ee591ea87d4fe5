import { expect, type Page } from "@playwright/test";

/** The header every page shares (in English): sections, language menu and account menu. */
export class SiteHeader {
  constructor(private readonly page: Page) {}

  get banner() {
    return this.page.getByRole("banner");
  }

  get mainNavigation() {
    return this.banner.getByRole("navigation", { name: "Main navigation" });
  }

  async openAccountMenu() {
    const button = this.banner.getByRole("button", { name: "Account" });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  }

  async expectSignedInAs(name: string) {
    await this.openAccountMenu();
    await expect(this.banner.getByText(`Signed in as ${name}`)).toBeVisible();
    await this.page.keyboard.press("Escape");
  }

  async openYourSecretariats() {
    await this.openAccountMenu();
    await this.banner.getByRole("link", { name: "Your secretariats" }).click();
  }

  async signOut() {
    await this.openAccountMenu();
    await this.banner.getByRole("button", { name: "Sign out" }).click();
  }

  /** Picks a language by its own name ("Español") from the language menu. */
  async switchLanguage(name: string) {
    const menu = this.banner.getByRole("navigation", { name: "Language" });
    await menu.getByRole("button").click();
    await menu.getByRole("link", { name }).click();
  }
}
