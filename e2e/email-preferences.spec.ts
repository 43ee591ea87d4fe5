import { axeViolations, collectMissingMessages, expect, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

test.describe("email about peers", () => {
  test("a secretariat member finds the preferences in the account menu and changes how often", async ({
    page,
    loginAs,
  }) => {
    await loginAs("viewer", { rcpSlug: "colombo-process" });
    const missing = collectMissingMessages(page);
    await page.goto("/en");
    await new SiteHeader(page).openAccountMenu();
    await page.getByRole("banner").getByRole("link", { name: "Email preferences" }).click();
    await expect(page).toHaveURL(/\/en\/email-preferences$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email about your peers");
    const weekly = page.getByRole("radio", { name: "A weekly digest (Mondays at 06:00 UTC)" });
    await expect(weekly).toBeChecked();

    await page.getByRole("radio", { name: "A daily digest (at 06:00 UTC)" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: "A daily digest (at 06:00 UTC)" })).toBeChecked();

    expect(await axeViolations(page)).toEqual([]);
    expect(missing).toEqual([]);
  });

  test("a forged unsubscribe link says plainly that it does not work, and what to do instead", async ({
    page,
  }) => {
    const response = await page.goto("/fr/unsubscribe/cmabcdefghijklmnopqrstuv_1999999999_forged");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Ce lien de désabonnement ne fonctionne pas",
    );
    const oneClick = await page.request.post("/api/unsubscribe/forged?locale=es", {
      form: { "List-Unsubscribe": "One-Click" },
    });
    expect(oneClick.status()).toBe(400);
    expect(await oneClick.text()).toMatch(/^Este enlace para darse de baja no es válido/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
