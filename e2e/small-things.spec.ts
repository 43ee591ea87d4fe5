import { expect, test } from "./fixtures";

test.describe("small things", () => {
  test("the Budapest card does not repeat its name, and the footer reaches the bottom of short pages", async ({
    page,
    visit,
  }) => {
    await visit("/en");
    const card = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Budapest Process", exact: true }) });
    await expect(card.getByText("Budapest Process", { exact: true })).toHaveCount(1);
    const bali = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Bali Process", exact: true }) });
    await expect(bali).toContainText("Bali Ministerial Conference");

    await page.setViewportSize({ width: 1280, height: 900 });
    for (const path of ["/en/sign-in", "/fr/page-introuvable"]) {
      await page.goto(path);
      const footer = await page.getByRole("contentinfo").boundingBox();
      expect(footer, `footer on ${path}`).not.toBeNull();
      expect(Math.round(footer!.y + footer!.height), `footer at the bottom of ${path}`).toBe(900);
    }
  });
});
