// Process names and organisation acronyms in the reader's language, and the one "English original"
// marker per block on a profile.
import { randomUUID } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { EditProfilePage } from "./pages/edit-profile-page";
import { latestMailTo } from "./support/mailbox";

test.describe("names in every language", () => {
  test("a Spanish page names the processes by their Spanish names", async ({ page, visit }) => {
    await visit("/es/rcps");
    await page.getByRole("link", { name: "Proceso de Budapest", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/rcps\/budapest-process$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Proceso de Budapest");
    await expect(page).toHaveTitle(/^Proceso de Budapest/);

    // No Spanish form: the English name, marked once as the original.
    await visit("/es/rcps/midsa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("MIDSA(original en inglés)");
  });

  test("an organisation goes by its French and Spanish acronym", async ({ page, visit }) => {
    await visit("/fr/rcps/bali-process");
    await expect(page.getByText("Organisation internationale pour les migrations (OIM)")).toBeVisible();
    await expect(page.getByText("(IOM)")).toHaveCount(0);
    await visit("/es/rcps/bali-process");
    await expect(page.getByText("Organización Internacional para las Migraciones (OIM)")).toBeVisible();
    await expect(page.getByText(/\(ACNUR\)/)).toBeVisible();
  });

  test("a French profile says once per block that its texts are the English original", async ({
    page,
    visit,
  }) => {
    await visit("/fr/rcps/apc");
    const priorities = page.getByRole("region", { name: "Priorités actuelles" });
    await expect(priorities.getByText("Pas encore traduit : affiché dans l’original anglais.")).toHaveCount(
      1,
    );
    await expect(priorities.getByRole("listitem").first()).toBeVisible();
    await expect(priorities.getByText("(original anglais)")).toHaveCount(0);
  });

  test("an editor's French name shows on the French pages", async ({ page, visit, loginAs }) => {
    // The largest form of the site, checked with axe, then three pages.
    test.slow();
    await loginAs("editor", { rcpSlug: "midwa" });
    const form = new EditProfilePage(page);
    await form.open("midwa");
    await expectNoAxeViolations(page);
    const french = `Dialogue MIDWA ${randomUUID().slice(0, 6)}`;
    await form.field("Short name in French").fill(french);
    await form.save();

    await visit("/fr/rcps/midwa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(french);
    await visit("/fr/rcps");
    await expect(page.getByRole("link", { name: french, exact: true })).toBeVisible();
    // The English pages keep the English name.
    await visit("/en/rcps/midwa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("MIDWA");
  });

  test("an administrator's French acronym shows on the French profile", async ({ page, visit, loginAs }) => {
    await loginAs("admin");
    await visit("/en/admin/organisations");
    const form = page.getByRole("form", { name: "Acronyms of Swedish Migration Board" });
    await form.getByLabel("French").fill("OSM");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");

    await visit("/fr/rcps/soderkoping-process");
    await expect(page.getByText("Office suédois des migrations (OSM)")).toBeVisible();

    // Emptied, the English acronym is back.
    await visit("/en/admin/organisations");
    await form.getByLabel("French").fill("");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    await visit("/fr/rcps/soderkoping-process");
    await expect(page.getByText("Office suédois des migrations (SMB)")).toBeVisible();
  });

  test("a Spanish invitation names the process in Spanish", async ({ page, loginAs }) => {
    const invitee = `ana-${Date.now()}@example.org`;
    await loginAs("admin");
    await page.goto("/en/manage/puebla-process/staff");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Email address").fill(invitee);
    await page.getByLabel(/^Viewer/).check();
    await page.getByLabel("Language of the email").selectOption({ label: "Español" });
    await page.getByRole("button", { name: "Send the invitation", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();

    const mail = await latestMailTo(invitee);
    expect(mail.subject).toBe("Invitación a la secretaría del Proceso Puebla en RCP Exchange");
    expect(mail.text).toContain("a unirse a la secretaría del Proceso Puebla en RCP Exchange");
  });
});
