import { randomUUID } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { EditProfilePage } from "./pages/edit-profile-page";
import { SignInPage } from "./pages/sign-in-page";
import { SiteHeader } from "./pages/site-header";
import { createAccount } from "./support/e2e-db";

const PHONE = { width: 390, height: 844 };

test.describe("shortcuts people expect", () => {
  test("signing in lands on “Your secretariats”, or back on the page that asked for it", async ({ page }) => {
    const account = await createAccount({ rcpSlug: "bali-process", rcpRole: "VIEWER" });
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.submit(account);
    await expect(page).toHaveURL(/\/en\/manage$/, { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your secretariats");

    await new SiteHeader(page).signOut();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/en/manage/bali-process/history");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await signIn.submit(account);
    await expect(page).toHaveURL(/\/en\/manage\/bali-process\/history$/, { timeout: 20_000 });
  });

  test("an editor finds an “Edit” link on their own public profile, and nobody else does", async ({
    page,
    visit,
    loginAs,
  }) => {
    const edit = (name = "Edit this profile") => page.getByRole("main").getByRole("link", { name });

    await visit("/en/rcps/colombo-process");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(edit()).toHaveCount(0);

    await loginAs("editor", { rcpSlug: "colombo-process" });
    await visit("/en/rcps/colombo-process");
    await expect(edit()).toHaveAttribute("href", "/en/manage/colombo-process/edit");
    await visit("/fr/rcps/colombo-process");
    await edit("Modifier ce profil").click();
    await expect(page).toHaveURL(/\/fr\/manage\/colombo-process\/edit$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier Processus de Colombo");

    // Another RCP's profile: no link.
    await visit("/en/rcps/apc");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("APC");
    await expect(edit()).toHaveCount(0);

    // A viewer of the RCP cannot edit it; an administrator can edit any profile.
    const { page: viewer } = await loginAs("viewer", { rcpSlug: "colombo-process", newContext: true });
    await viewer.goto("/en/rcps/colombo-process");
    await viewer.waitForLoadState("networkidle");
    await expect(viewer.getByRole("main").getByRole("link", { name: "Edit this profile" })).toHaveCount(0);
    const { page: admin } = await loginAs("admin", { newContext: true });
    await admin.goto("/es/rcps/apc");
    await expect(admin.getByRole("main").getByRole("link", { name: "Editar este perfil" })).toHaveAttribute(
      "href",
      "/es/manage/apc/edit",
    );
  });

  test("on a phone, the latest change is undone from its own card and the result shows on screen", async ({
    page,
    visit,
    loginAs,
  }) => {
    test.slow();
    await loginAs("editor", { rcpSlug: "igc" });
    const form = new EditProfilePage(page);
    await form.open("igc");
    const before = await form.field("About the secretariat — English").inputValue();
    const changed = `Hosted in Geneva (${randomUUID().slice(0, 6)}).`;
    await form.field("About the secretariat — English").fill(changed);
    await form.save();

    await page.setViewportSize(PHONE);
    await visit("/en/manage/igc/history");
    const latest = page.getByRole("article").first();
    await expect(latest.getByRole("heading", { level: 2 })).toContainText("current");
    await expect(latest).toContainText(changed);
    const version = Number((await latest.getByRole("heading", { level: 2 }).innerText()).match(/\d+/)?.[0]);
    await expect(page.getByRole("button", { name: "Restore this version" })).toHaveCount(0);
    await expect(page.getByRole("article").nth(1).getByRole("button")).toHaveText("Go back to this version");

    await latest.getByRole("button", { name: "Undo this change" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Undo the change saved as version ${version}?` });
    await expect(dialog).toContainText(`say again what it said in version ${version - 1}`);
    await dialog.getByRole("button", { name: "Undo this change" }).click();

    const outcome = page.getByRole("status").filter({ hasText: "Change undone" });
    await expect(outcome).toHaveText(
      `Change undone: the profile says again what version ${version - 1} said, saved as version ${version + 1}.`,
    );
    await expect(outcome).toBeInViewport();
    await expect(outcome).toBeFocused();
    await expect(page.getByRole("article").first().getByRole("heading", { level: 2 })).toContainText(
      `Version ${version + 1}`,
    );
    await expect(page.getByRole("article").first()).toContainText(`Restores version ${version - 1}.`);
    // The page refreshes after the undo; its head is back once the title is.
    await expect(page).toHaveTitle(/\S/);
    await expectNoAxeViolations(page);

    await visit("/es/manage/igc/history");
    await expect(page.getByRole("article").first().getByRole("button")).toHaveText("Deshacer este cambio");
    await form.open("igc");
    await expect(form.field("About the secretariat — English")).toHaveValue(before);
  });
});
