import { expect, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

test.describe("countries on a phone", () => {
  test("the table says it scrolls sideways, and its process names are links", async ({ page, visit }) => {
    await page.setViewportSize(PHONE);
    await visit("/en/countries");
    const table = page.getByRole("region", {
      name: "Countries and territories with the RCPs they take part in",
    });
    await expect(
      page.getByText("The table is wider than the screen: swipe it sideways to see every column."),
    ).toBeVisible();
    await expect(table).toHaveAccessibleDescription(
      "The table is wider than the screen: swipe it sideways to see every column.",
    );
    const otherRoles = table.getByRole("columnheader", { name: "Other roles" });
    await expect(otherRoles).not.toBeInViewport({ ratio: 1 });
    await otherRoles.scrollIntoViewIfNeeded();
    await expect(otherRoles).toBeInViewport({ ratio: 1 });

    const australia = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Australia" }) });
    await expect(australia.getByRole("link", { name: "Bali Process" })).toHaveAttribute(
      "href",
      "/en/rcps/bali-process",
    );
    await australia.getByRole("link", { name: "Budapest Process" }).click();
    await expect(page).toHaveURL(/\/en\/rcps\/budapest-process$/);

    await visit("/fr/countries");
    await expect(
      page.getByText(
        "Le tableau est plus large que l’écran : faites-le glisser sur le côté pour voir toutes les colonnes.",
      ),
    ).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByText(/Le tableau est plus large/)).toBeHidden();
  });
});
