import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

const field = (page: Page, label: string) => page.getByRole("textbox", { name: label });
const saved = /Saved\. Version \d+ is now public\./;

test.describe("editing a profile", () => {
  // Long journeys over the largest form of the site, each page checked with axe.
  test.slow();

  test("an editor's save shows on the public profile and in the history", async ({
    page,
    visit,
    loginAs,
  }) => {
    await loginAs("editor", { rcpSlug: "midwa", name: "Amina Diallo" });

    await visit("/en/manage/midwa/edit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit MIDWA");
    const french = `Dialogue sur la migration en Afrique de l’Ouest, ${randomUUID().slice(0, 6)}.`;
    await field(page, "Main areas of discussion — French").fill(french);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: saved })).toBeVisible();

    // The cached public page is refreshed by the save.
    await visit("/fr/rcps/midwa");
    await expect(page.getByText(french)).toBeVisible();
    await expect(
      page.getByText(/^Dernière mise à jour par Amina Diallo le \d{1,2} \S+ \d{4}$/),
    ).toBeVisible();

    await visit("/en/manage/midwa/history");
    const latest = page.getByRole("article").first();
    await expect(latest.getByRole("heading", { level: 2 })).toContainText("current");
    await expect(latest).toContainText("Saved by Amina Diallo on");
    await expect(latest.getByRole("term").first()).toHaveText("Main areas of discussion");
    await expect(latest).toContainText(french);
    await expect(page.getByRole("article").last()).toContainText("before its first edit on the platform");
  });

  test("a save based on an older version shows the conflict and keeps what was typed", async ({
    page,
    visit,
    browser,
    loginAs,
  }) => {
    const { account: editor } = await loginAs("editor", { rcpSlug: "igad-rcp" });
    await visit("/en/manage/igad-rcp/edit");

    // A colleague opens the same version in another browser and saves first.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await new SignInPage(colleague).signIn(editor);
    await colleague.goto("/en/manage/igad-rcp/edit");
    await colleague.waitForLoadState("networkidle");
    const theirs = `Hosted by the IGAD Secretariat in Djibouti (${randomUUID().slice(0, 6)}).`;
    await field(colleague, "About the secretariat — English").fill(theirs);
    await colleague.getByRole("button", { name: "Save changes" }).click();
    await expect(colleague.getByRole("status").filter({ hasText: saved })).toBeVisible();
    await other.close();

    const mine = `Mi traducción, escrita antes de saberlo (${randomUUID().slice(0, 6)}).`;
    await field(page, "Main areas of discussion — Spanish").fill(mine);
    await page.getByRole("button", { name: "Save changes" }).click();

    const conflict = page.getByRole("region", {
      name: "Someone else saved this profile while you were editing",
    });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("row", { name: /About the secretariat/ })).toContainText(theirs);
    await expect(conflict.getByRole("row", { name: /Main areas of discussion/ })).toContainText(mine);
    await expect(field(page, "Main areas of discussion — Spanish")).toHaveValue(mine);
    await expectNoAxeViolations(page);

    await conflict.getByRole("button", { name: /Apply my changes to version \d+/ }).click();
    await expect(conflict).toBeHidden();
    await expect(field(page, "About the secretariat — English")).toHaveValue(theirs);
    await expect(field(page, "Main areas of discussion — Spanish")).toHaveValue(mine);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: saved })).toBeVisible();

    await visit("/es/rcps/igad-rcp");
    await expect(page.getByText(mine)).toBeVisible();
    await expect(page.getByText(theirs)).toBeVisible();
  });

  test("an editor cannot open another RCP's edit page", async ({ page, visit, loginAs }) => {
    await loginAs("editor", { rcpSlug: "mtm" });
    const response = await page.goto("/en/manage/apc/edit");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await visit("/en/manage/apc/history");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
