import { expect, test } from "./fixtures";

test.describe("directory and profiles", () => {
  test("lists the 14 RCPs and filters them from the query string", async ({ page, visit }) => {
    await visit("/en/rcps");
    await expect(page.getByRole("status")).toHaveText("14 processes of 14");

    await page.getByLabel("Region").selectOption({ label: "Africa" });
    await expect(page.getByRole("status")).toHaveText("3 processes of 14");
    await expect(page).toHaveURL(/region=AFRICA/);

    await page.getByLabel("Member country").selectOption({ label: "South Africa" });
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["MIDSA"]);

    // A shared link restores the view; an unknown filter value is ignored, the rest applies.
    await visit("/en/rcps?country=TH&region=NOWHERE&sort=year");
    await expect(page.getByRole("status")).toHaveText("4 processes of 14");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText([
      "APC",
      "Bali Process",
      "Colombo Process",
      "Abu Dhabi Dialogue",
    ]);

    await page.getByLabel("Search by name or acronym").fill("nothing like this");
    await expect(page.getByText("No process matches these filters.")).toBeVisible();
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect(page.getByRole("status")).toHaveText("14 processes of 14");
  });

  test("a profile shows the documents' facts", async ({ page, visit }) => {
    await visit("/en/rcps");
    await page.getByRole("link", { name: "Budapest Process", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budapest Process");
    await visit(page.url());
    await expect(page.getByRole("heading", { name: "Members (49)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Observers (15)" })).toBeVisible();
    await expect(page.getByText("Fixed secretariat")).toBeVisible();
    await expect(page.getByText("Türkiye — Chair")).toBeVisible();
    await expect(page.getByText("No response given").first()).toBeVisible();

    await expect(
      page.getByRole("region", { name: "Closest peers" }).getByRole("listitem").first(),
    ).toBeVisible();

    // The journey on: a member state's page, then the overlap between its processes.
    await page.getByRole("link", { name: "Ukraine" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/UA$/);
    await visit(page.url());
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Ukraine");
    await expect(page.getByRole("link", { name: "Budapest Process" }).first()).toBeVisible();
    await page.getByRole("banner").getByRole("link", { name: "Overlap" }).click();
    await expect(page).toHaveURL(/\/en\/overlap$/);
    await visit(page.url());
    await expect(page.getByRole("table")).toBeVisible();
  });

  test("a profile carries the documents' remarks on its members and observers", async ({ page, visit }) => {
    await visit("/en/rcps/bali-process");
    const participants = page.getByRole("region", { name: "Governments and organisations" });
    await expect(
      participants.getByText("Thematic coordinator on Policy Issue and Legal Frameworks: New Zealand"),
    ).toBeVisible();
    await visit("/en/rcps/midsa");
    await expect(
      page
        .getByRole("region", { name: "Governments and organisations" })
        .getByText(/invited to its workshops on an ad-hoc basis/),
    ).toBeVisible();
  });

  test("a profile in French marks the untranslated English original", async ({ page, visit }) => {
    await visit("/fr/rcps/apc");
    await expect(page.getByRole("heading", { name: "Membres (33)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Anciens membres (1)" })).toBeVisible();
    await expect(
      page.getByText("Pas encore traduit : affiché dans l’original anglais.").first(),
    ).toBeVisible();
  });

  test("an unknown RCP is a localized 404", async ({ page }) => {
    const response = await page.goto("/es/rcps/no-existe");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
  });
});
