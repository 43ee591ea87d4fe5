import { expect, test } from "./fixtures";

// The source documents name countries as they were called then: those names still find them.
test.describe("former and usual country names", () => {
  test("the country index finds Eswatini as Swaziland and says so", async ({ page, visit }) => {
    await visit("/en/countries");
    await page.getByLabel("Filter by name or code").fill("Swaziland");
    const eswatini = page.getByRole("row", { name: /^Eswatini\b/ });
    await expect(eswatini).toBeVisible();
    await expect(eswatini).toContainText("formerly Swaziland");
    await expect(page.getByRole("status")).toHaveText(/^1 of \d+ shown$/);
  });

  test("the directory's search finds the processes Türkiye belongs to as Turkey", async ({ page, visit }) => {
    await visit("/fr/rcps");
    await page.getByRole("main").getByLabel("Rechercher").fill("Turkey");
    await expect(page.getByRole("link", { name: /Processus de Budapest|Budapest Process/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Puebla/ })).toHaveCount(0);
  });
});
