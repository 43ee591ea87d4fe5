import { expect, type Page } from "@playwright/test";

const SAVED = /Saved\. Version \d+ is now public\./;

/** The profile form at /<locale>/manage/<slug>/edit, in English. */
export class EditProfilePage {
  constructor(private readonly page: Page) {}

  async open(slug: string) {
    await this.page.goto(`/en/manage/${slug}/edit`);
    // Typing before the form's script has taken over the inputs would be lost.
    await this.page.waitForLoadState("networkidle");
  }

  field(label: string) {
    return this.page.getByRole("textbox", { name: label });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save changes" });
  }

  get savedNotice() {
    return this.page.getByRole("status").filter({ hasText: SAVED });
  }

  async save() {
    await this.saveButton.click();
    await expect(this.savedNotice).toBeVisible();
  }
}
