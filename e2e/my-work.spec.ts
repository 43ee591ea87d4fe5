import { expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { createAccount } from "./support/e2e-db";

test.describe("your secretariats", () => {
  test("an editor reaches their RCP's pages from the header", async ({ page, visit }) => {
    const editor = await createAccount({ rcpSlug: "colombo-process", rcpRole: "EDITOR" });
    await new SignInPage(page).signIn(editor);
    await page.getByRole("banner").getByRole("link", { name: "Your secretariats" }).click();
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

  test("a viewer gets no edit link; an administrator without a secretariat is pointed to the administration", async ({
    browser,
    page,
    visit,
  }) => {
    const viewer = await createAccount({ rcpSlug: "midsa", rcpRole: "VIEWER" });
    await new SignInPage(page).signIn(viewer);
    await visit("/fr/manage");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos secrétariats");
    await expect(page.getByText("Lecteur : vous consultez le contenu réservé du secrétariat.")).toBeVisible();
    await expect(page.getByRole("link", { name: /Modifier le profil/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Historique des versions" })).toHaveAttribute(
      "href",
      "/fr/manage/midsa/history",
    );

    const adminPage = await (await browser.newContext()).newPage();
    await new SignInPage(adminPage).signIn(await createAccount({ platformRole: "ADMIN" }));
    await adminPage.goto("/es/manage");
    await expect(adminPage.getByText(/No forma parte de ninguna secretaría/)).toBeVisible();
    await adminPage.getByRole("link", { name: "Abrir la administración" }).click();
    await expect(adminPage).toHaveURL(/\/es\/admin$/);
    await adminPage.context().close();
  });

  test("signed out, the page sends to sign-in and back", async ({ page }) => {
    await page.goto("/en/manage");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fmanage$/);
  });
});
