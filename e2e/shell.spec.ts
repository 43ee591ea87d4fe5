import { expect, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

test.describe("shell", () => {
  for (const [locale, heading] of [
    ["en", "Regional Consultative Processes on migration"],
    ["fr", "Processus consultatifs régionaux sur la migration"],
    ["es", "Procesos consultivos regionales sobre migración"],
  ] as const) {
    test(`home page speaks ${locale}`, async ({ page, visit }) => {
      await visit(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("main").getByRole("listitem").first()).toBeVisible();
    });
  }

  test("the root redirects to a language", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });

  test("language switcher keeps the page", async ({ page, visit }) => {
    await visit("/en/sign-in");
    await new SiteHeader(page).switchLanguage("Español");
    await expect(page).toHaveURL(/\/es\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión en RCP Exchange");
  });

  test("skip link moves keyboard focus to the main content", async ({ page, visit }) => {
    await visit("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("unknown route shows the localized 404", async ({ page, visit }) => {
    const response = await page.goto("/fr/nulle-part");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await visit("/fr/nulle-part");
  });

  test("unknown locale shows the 404 in the default language", async ({ page }) => {
    const response = await page.goto("/de");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("health endpoint reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  test("sign-in refuses wrong credentials in the user's language", async ({ page, visit }) => {
    await visit("/fr/sign-in");
    await page.getByLabel("Adresse électronique").fill("nobody@example.org");
    await page.getByLabel("Mot de passe").fill("not-the-password");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "L’adresse électronique ou le mot de passe est incorrect.",
    );
    await expect(page).toHaveURL(/\/fr\/sign-in$/);
  });
});
