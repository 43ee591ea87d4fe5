import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

const LOCALES = [
  ["en", "Main navigation", "Menu"],
  ["fr", "Navigation principale", "Menu"],
  ["es", "Navegación principal", "Menú"],
] as const;

/** Whether the header's parts (name, sections, language, account) sit side by side in one row. */
async function isOneRow(page: Page) {
  const parts = page.getByRole("banner").locator(":scope > div > *");
  const boxes = await parts.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect()).filter((box) => box.height > 0),
  );
  // In one row every part starts above where every other one ends.
  return boxes.length >= 3 && boxes.every((a) => boxes.every((b) => a.top < b.bottom));
}

test.describe("site header", () => {
  for (const [locale, navigationName] of LOCALES) {
    test(`keeps its navigation on one line at 1280 px in ${locale}, signed out and signed in`, async ({
      page,
      loginAs,
    }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      for (const signedIn of [false, true]) {
        if (signedIn) await loginAs("editor", { rcpSlug: "igc" });
        await page.goto(`/${locale}`);
        await page.waitForLoadState("networkidle");
        const links = page
          .getByRole("banner")
          .getByRole("navigation", { name: navigationName })
          .getByRole("link");
        await expect(links).toHaveCount(6);
        // Every section link on the same line, and the whole header one row of controls high.
        const tops = await links.evaluateAll((elements) =>
          elements.map((e) => e.getBoundingClientRect().top),
        );
        expect(new Set(tops).size, `one line of links in ${locale}`).toBe(1);
        expect(await isOneRow(page), `one header row in ${locale}`).toBe(true);
      }
    });
  }

  test("stays usable on a phone: no sideways scroll, the sections behind a menu button", async ({
    page,
    visit,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [locale, navigationName, menu] of LOCALES) {
      await visit(`/${locale}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `no sideways scroll in ${locale}`).toBeLessThanOrEqual(390);
      const navigation = page.getByRole("banner").getByRole("navigation", { name: navigationName });
      const button = navigation.getByRole("button", { name: menu });
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(navigation.getByRole("link").first()).toBeHidden();
      await button.click();
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await expect(navigation.getByRole("link")).toHaveCount(6);
      for (const link of await navigation.getByRole("link").all()) await expect(link).toBeInViewport();
      await page.keyboard.press("Escape");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(button).toBeFocused();
    }
    // A section from the menu, then the language menu.
    await page.goto("/en");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Countries" }).click();
    await expect(page).toHaveURL(/\/en\/countries$/);
    await expect(page.getByRole("link", { name: "Countries" })).toBeHidden();
    await new SiteHeader(page).switchLanguage("Français");
    await expect(page).toHaveURL(/\/fr\/countries$/);
  });

  test("the account menu holds who is signed in, their secretariats and sign-out", async ({
    page,
    loginAs,
  }) => {
    const { account } = await loginAs("viewer", { rcpSlug: "igc" });
    const header = new SiteHeader(page);
    await header.expectSignedInAs(account.name);
    await header.openYourSecretariats();
    await expect(page).toHaveURL(/\/en\/manage$/);
    await header.signOut();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});
