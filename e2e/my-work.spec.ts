import { expect, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

test.describe("your secretariats", () => {
  test("an editor reaches their RCP's pages from the header", async ({ page, visit, loginAs }) => {
    await loginAs("editor", { rcpSlug: "colombo-process" });
    await new SiteHeader(page).openYourSecretariats();
    await expect(page).toHaveURL(/\/en\/manage$/);
    await visit("/en/manage");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your secretariats");
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Colombo Process" }) });
    await expect(card).toContainText("Editor: you keep the profile up to date");
    await expect(page.getByRole("heading", { name: "Administration" })).toHaveCount(0);

    await card.getByRole("link", { name: "Edit the profile of Colombo Process" }).click();
    await expect(page).toHaveURL(/\/en\/manage\/colombo-process\/edit$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Colombo Process");
  });

  test("a viewer gets a view link, not an edit one; an administrator without a secretariat is pointed to the administration", async ({
    page,
    visit,
    loginAs,
  }) => {
    await loginAs("viewer", { rcpSlug: "midsa" });
    await visit("/fr/manage");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos secrétariats");
    await expect(
      page.getByText(
        "Lecteur\u00a0: vous consultez le profil, son historique et la liste du personnel\u202f; ses éditeurs font les modifications.",
      ),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: /Modifier le profil/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Voir le profil de / })).toHaveAttribute(
      "href",
      "/fr/manage/midsa/edit",
    );
    await expect(page.getByRole("link", { name: "Historique des versions" })).toHaveAttribute(
      "href",
      "/fr/manage/midsa/history",
    );

    const { page: adminPage } = await loginAs("admin", { newContext: true });
    await adminPage.goto("/es/manage");
    await expect(adminPage.getByText(/No forma parte de ninguna secretaría/)).toBeVisible();
    await adminPage.getByRole("link", { name: "Abrir la administración" }).click();
    await expect(adminPage).toHaveURL(/\/es\/admin$/);
  });

  test("signed out, the page sends to sign-in and back", async ({ page }) => {
    await page.goto("/en/manage");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fmanage$/);
  });
});
