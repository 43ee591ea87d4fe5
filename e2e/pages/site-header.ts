import { expect, type Page } from "@playwright/test";

/** The header every page shares (in English): sections, languages and account. */
export class SiteHeader {
  constructor(private readonly page: Page) {}

  get banner() {
    return this.page.getByRole("banner");
  }

  get mainNavigation() {
    return this.banner.getByRole("navigation", { name: "Main navigation" });
  }

  async expectSignedInAs(name: string) {
    await expect(this.banner.getByText(`Signed in as ${name}`)).toBeVisible();
  }

  async openYourSecretariats() {
    await this.banner.getByRole("link", { name: "Your secretariats" }).click();
  }

  async signOut() {
    await this.banner.getByRole("button", { name: "Sign out" }).click();
  }

  /** Picks a language by its own name ("Español"). */
  async switchLanguage(name: string) {
    await this.banner.getByRole("navigation", { name: "Language" }).getByRole("link", { name }).click();
  }
}
