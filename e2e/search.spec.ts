import { expect, frenchTypographyProblems, test } from "./fixtures";

test.describe("search", () => {
  test("the header’s box finds Eswatini from its former name, and results mark the words that matched", async ({
    page,
    visit,
  }) => {
    await visit("/en");
    const box = page.getByRole("search", { name: "Search the platform" });
    await box.getByRole("searchbox", { name: "Search the platform" }).fill("Swaziland");
    await box.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=Swaziland$/);
    const results = page.getByRole("region", { name: "Results for “Swaziland”" });
    await expect(results.getByRole("link", { name: "Eswatini" }).first()).toBeVisible();
    await visit("/en/search?q=Swaziland");
    await visit("/en/search?q=midsa");
    await expect(page.locator("main mark", { hasText: "MIDSA" }).first()).toBeVisible();
  });

  test("works in Spanish without accents, and a typo in a short name still finds it", async ({
    page,
    visit,
  }) => {
    await visit("/es/search?q=Budapset");
    await expect(page.getByRole("link", { name: /Budapest/ }).first()).toBeVisible();
  });

  test("says what to try when nothing is found, and why a search is refused", async ({ page, visit }) => {
    await visit("/fr/search?q=zzqqxxnothing");
    await expect(page.getByRole("heading", { name: "Aucun résultat pour « zzqqxxnothing »" })).toBeVisible();
    await expect(page.getByRole("link", { name: "MIDSA" })).toBeVisible();
    expect(await frenchTypographyProblems(page)).toEqual([]);
    await visit(`/en/search?q=${"a".repeat(300)}`);
    await expect(page.getByText("The search is too long: use at most 200 characters.")).toBeVisible();
    await visit("/en/search");
    await expect(page.getByText(/Type a few words/)).toBeVisible();
  });
});
