// What each kind of visitor finds on an RCP's management pages: a viewer reads, with whom to ask for
// edit rights; an editor of another RCP finds nothing; an administrator edits.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { createAccount } from "./support/e2e-db";

const RCP = "colombo-process";

test.describe("the management pages, per visitor", () => {
  test.slow();

  test("a viewer opens a read-only profile from their secretariats, naming the editors to ask", async ({
    page,
    visit,
    loginAs,
  }) => {
    const editor = await createAccount({ rcpSlug: RCP, rcpRole: "EDITOR", name: "Nimal Perera" });
    await loginAs("viewer", { rcpSlug: RCP });
    await visit("/en/manage");
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Colombo Process" }) });
    await expect(card).toContainText("Viewer: you read the profile, its history and the staff list");
    await expect(card).not.toContainText("restricted");
    await card.getByRole("link", { name: "View the profile of Colombo Process" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/manage/${RCP}/edit$`));

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profile of Colombo Process");
    await expect(page).toHaveTitle(/^Profile/);
    const tabs = page.getByRole("navigation", { name: "Manage this profile" });
    await expect(tabs.getByRole("link")).toHaveText([
      "View profile",
      "History",
      "Staff",
      "Activities",
      "Focal points",
    ]);
    const rights = page.getByRole("region", { name: /Only its editors can change it/ });
    // Other specs may give the RCP more editors meanwhile.
    await expect(rights).toContainText(/Its (editor is|editors are):/);
    await expect(rights.getByRole("listitem").filter({ hasText: "Nimal Perera" })).toBeVisible();
    await expect(rights.getByRole("link", { name: editor.email })).toHaveAttribute(
      "href",
      `mailto:${editor.email}`,
    );
    await expect(rights).toContainText("ask one of them for edit rights");
    // The profile as it is read, with nothing that looks like a control of the form.
    await expect(page.getByRole("heading", { name: "Main areas of discussion" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByText("What you save is public at once")).toHaveCount(0);

    await visit(`/fr/manage/${RCP}/edit`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Profil de /);
    await expect(page.getByRole("navigation", { name: "Gérer ce profil" }).getByRole("link")).toHaveText([
      "Voir le profil",
      "Historique",
      "Personnel",
      "Activités",
      "Points focaux",
    ]);
    await expect(page.getByRole("region", { name: /Seuls ses éditeurs peuvent le modifier/ })).toContainText(
      "demandez les droits d’édition à l’un d’eux\u00a0: un éditeur peut vous rendre éditeur",
    );
  });

  test("a viewer reads the history without restore buttons; the editor has them", async ({
    page,
    visit,
    loginAs,
  }) => {
    const slug = "budapest-process";
    const { page: editorPage } = await loginAs("editor", { rcpSlug: slug, newContext: true });
    await editorPage.goto(`/en/manage/${slug}/edit`);
    await editorPage.waitForLoadState("networkidle");
    await editorPage
      .getByRole("textbox", { name: "Main areas of discussion — Spanish" })
      .fill(`Diálogo de Budapest, ${randomUUID().slice(0, 6)}.`);
    await editorPage.getByRole("button", { name: "Save changes" }).click();
    await expect(
      editorPage.getByRole("status").filter({ hasText: /Saved\. Version \d+ is now public\./ }),
    ).toBeVisible();
    await editorPage.goto(`/en/manage/${slug}/history`);
    await expect(editorPage.getByRole("button", { name: /Restore|Undo/ }).first()).toBeVisible();

    await loginAs("viewer", { rcpSlug: slug });
    await visit(`/es/manage/${slug}/history`);
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(page.getByText("Puede consultar este perfil como miembro de su secretaría.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  });

  test("an editor of another RCP finds none of its management pages", async ({ page, loginAs }) => {
    await loginAs("editor", { rcpSlug: "mtm" });
    for (const tab of ["edit", "history", "staff"]) {
      expect((await page.goto(`/en/manage/${RCP}/${tab}`))?.status(), tab).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
  });

  test("an administrator edits the profile and manages its staff", async ({ page, visit, loginAs }) => {
    const colleague = await createAccount({ rcpSlug: RCP, rcpRole: "VIEWER", name: "Dilani Silva" });
    await loginAs("admin");
    await visit(`/en/manage/${RCP}/edit`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Colombo Process");
    const tabs = page.getByRole("navigation", { name: "Manage this profile" });
    await expect(tabs.getByRole("link")).toHaveText([
      "Edit profile",
      "History",
      "Staff",
      "Activities",
      "Focal points",
    ]);
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();

    await tabs.getByRole("link", { name: "Staff" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/manage/${RCP}/staff$`));
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: colleague.email })
        .getByRole("button", { name: "Make Dilani Silva an editor" }),
    ).toBeVisible();
  });
});
