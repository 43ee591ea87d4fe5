import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { EditProfilePage } from "./pages/edit-profile-page";
import { SignInPage } from "./pages/sign-in-page";
import { createAccount } from "./support/e2e-db";

const LEAVE = "You have unsaved changes. Leave this page and lose them?";

test.describe("the form shell around the profile form", () => {
  test.slow();

  test("leaving with unsaved changes asks first: links, the manage tabs, the back button, closing", async ({
    page,
    loginAs,
  }) => {
    await loginAs("editor", { rcpSlug: "puebla-process" });
    const form = new EditProfilePage(page);
    await page.goto("/en/manage/puebla-process/history");
    await form.open("puebla-process");
    const typed = "Notes that are not saved yet.";
    await form.field("About the secretariat — English").fill(typed);

    // The manage page's own tab: dismissing stays with what was typed.
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void (dialog.type() === "confirm" && dialogs.length >= 3 ? dialog.accept() : dialog.dismiss());
    });
    await page
      .getByRole("navigation", { name: "Manage this profile" })
      .getByRole("link", { name: "History" })
      .click();
    await expect.poll(() => dialogs).toEqual([`confirm: ${LEAVE}`]);
    await expect(page).toHaveURL(/\/edit$/);
    await expect(form.field("About the secretariat — English")).toHaveValue(typed);

    // A link of the header, then the back button: asked each time, and the page stays.
    await page.getByRole("banner").getByRole("link", { name: "Directory" }).click();
    await expect.poll(() => dialogs.length).toBe(2);
    await expect(page).toHaveURL(/\/edit$/);
    await page.goBack();
    await expect.poll(() => dialogs.length).toBe(3);
    // The third answer is "leave": back to the history page.
    await expect(page).toHaveURL(/\/history$/);
    expect(dialogs.every((entry) => entry === `confirm: ${LEAVE}`)).toBe(true);
  });

  test("closing the tab with unsaved changes asks the browser's question", async ({ page, loginAs }) => {
    await loginAs("editor", { rcpSlug: "puebla-process" });
    const form = new EditProfilePage(page);
    await form.open("puebla-process");
    await form.field("About the secretariat — English").fill("Typed, then the tab is closed.");
    const dialog = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const asked = await dialog;
    expect(asked.type()).toBe("beforeunload");
    await asked.accept();
  });

  test("after a save the form is clean: no unsaved changes, leaving does not ask", async ({
    page,
    loginAs,
  }) => {
    await loginAs("editor", { rcpSlug: "sacm" });
    const form = new EditProfilePage(page);
    await form.open("sacm");
    await form.field("About the secretariat — English").fill(`Saved once (${Date.now()}).`);
    await expect(page.getByText("Unsaved changes")).toBeVisible();
    await form.save();
    await expect(page.getByText("Unsaved changes")).toBeHidden();

    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .getByRole("navigation", { name: "Manage this profile" })
      .getByRole("link", { name: "History" })
      .click();
    await expect(page).toHaveURL(/\/history$/);
    expect(dialogs).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`the save bar never covers the field in focus at ${viewport.width}×${viewport.height}`, async ({
      page,
      loginAs,
    }) => {
      await page.setViewportSize(viewport);
      await loginAs("editor", { rcpSlug: "five-plus-five-dialogue" });
      const form = new EditProfilePage(page);
      await form.open("five-plus-five-dialogue");
      // The sticky bar is the one that holds the save button.
      const bar = form.saveButton.locator("..");
      await page.getByRole("textbox").first().focus();
      // Tab through the form as a keyboard user does, checking every field that takes focus.
      for (let step = 0; step < 30; step += 1) {
        await page.keyboard.press("Tab");
        const focused = page.locator(":focus");
        if (await isInside(focused, bar)) break;
        const [field, cover] = await Promise.all([focused.boundingBox(), bar.boundingBox()]);
        expect(field && cover, `focused element ${step}`).toBeTruthy();
        expect(field!.y + field!.height, `field ${step} ends above the bar`).toBeLessThanOrEqual(
          cover!.y + 1,
        );
      }
    });
  }
});

test.describe("focus after a navigation", () => {
  test("after signing in, focus is on the new page's heading", async ({ page }) => {
    const account = await createAccount({ rcpSlug: "puebla-process", rcpRole: "VIEWER" });
    await page.goto("/en/manage");
    await expect(page).toHaveURL(/sign-in/);
    await new SignInPage(page).submit(account);
    await expect(page).toHaveURL(/\/en\/manage$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your secretariats" })).toBeFocused();
  });

  test("following a link moves focus to the heading; the first load does not", async ({ page }) => {
    await page.goto("/en");
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).not.toBeFocused();
    await page.getByRole("banner").getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/en\/timeline$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("banner").getByRole("link").first()).not.toBeFocused();
  });
});

async function isInside(element: Locator, container: Locator): Promise<boolean> {
  const handle = await container.elementHandle();
  return element.evaluate((node, bar) => bar?.contains(node) ?? false, handle);
}
