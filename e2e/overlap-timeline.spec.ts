import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("overlap heatmap", () => {
  // axe over a table of 182 buttons takes several seconds, up to 20 on a busy machine.
  test.beforeEach(() => test.slow());

  test("a cell lists the states two processes share, and the view can be shared", async ({ page, visit }) => {
    await visit("/en/overlap");
    const table = page.getByRole("table", { name: /^Member states shared by each pair of processes/ });
    await table
      .getByRole("button", { name: "Colombo Process and Abu Dhabi Dialogue: 11 shared member states" })
      .click();

    const panel = page.getByRole("region", { name: "Colombo Process and Abu Dhabi Dialogue" });
    await expect(panel.getByRole("listitem")).toHaveCount(11);
    await expect(panel.getByRole("link", { name: "Sri Lanka" })).toHaveAttribute("href", "/en/countries/LK");
    await expect(panel.getByRole("link", { name: "Abu Dhabi Dialogue" })).toHaveAttribute(
      "href",
      "/en/rcps/abu-dhabi-dialogue",
    );
    await expect(page).toHaveURL(/\/en\/overlap\?a=colombo-process&b=abu-dhabi-dialogue$/);

    await page.getByRole("radio", { name: "Jaccard similarity" }).check();
    await expect(
      page.getByRole("table", { name: /^Jaccard similarity of the membership of each pair/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Colombo Process and Abu Dhabi Dialogue: Jaccard similarity 55%" }),
    ).toHaveText("55%");
    await expect(panel).toContainText("Jaccard similarity: 55%");
    await expect(page).toHaveURL(/mode=jaccard/);
    // The page as it is now, with the Jaccard scale and the open panel.
    await expectNoAxeViolations(page);

    // The address alone brings back the same view.
    await page.reload();
    await expect(page.getByRole("radio", { name: "Jaccard similarity" })).toBeChecked();
    await expect(panel.getByRole("listitem")).toHaveCount(11);

    await panel.getByRole("link", { name: "Sri Lanka" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/LK$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sri Lanka");
  });

  test("works from the keyboard", async ({ page, visit }) => {
    await visit("/en/overlap");
    await page
      .getByRole("button", { name: "Colombo Process and Abu Dhabi Dialogue: 11 shared member states" })
      .focus();

    // Up one row (APC), then Enter selects.
    await page.keyboard.press("ArrowUp");
    const apc = page.getByRole("button", { name: "APC and Abu Dhabi Dialogue: 13 shared member states" });
    await expect(apc).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(apc).toHaveAttribute("aria-pressed", "true");
    await expect(
      page.getByRole("region", { name: "APC and Abu Dhabi Dialogue" }).getByRole("listitem"),
    ).toHaveCount(13);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "APC and Abu Dhabi Dialogue: 13 shared member states.",
    );

    // Up again jumps the diagonal to the last African process; Space selects it.
    await page.keyboard.press("ArrowUp");
    await expect(
      page.getByRole("button", { name: "MIDWA and Abu Dhabi Dialogue: 0 shared member states" }),
    ).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByRole("region", { name: "MIDWA and Abu Dhabi Dialogue" })).toContainText(
      "These two processes have no member state in common.",
    );

    // Clearing the selection clears the address too.
    await page.getByRole("button", { name: "Clear selection" }).press("Enter");
    await expect(page.getByRole("region", { name: "Choose two processes" })).toBeVisible();
    await expect(
      page.getByRole("button", { name: "MIDWA and Abu Dhabi Dialogue: 0 shared member states" }),
    ).toBeFocused();
    await expect(page).toHaveURL(/\/en\/overlap$/);
  });

  test("on a phone, the table scrolls sideways and a selection brings its panel into view", async ({
    page,
    visit,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await visit("/en/overlap");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const panel = page.getByRole("region", { name: "Bali Process and Budapest Process" });
    await page
      .getByRole("button", { name: "Bali Process and Budapest Process: 1 shared member state" })
      .click();
    await expect(panel).toBeInViewport();
    await expect(panel.getByRole("link", { name: "Türkiye" })).toBeVisible();
  });

  test("speaks French", async ({ page, visit }) => {
    await visit("/fr/overlap?a=colombo-process&b=abu-dhabi-dialogue&mode=jaccard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Membres en commun entre les processus");
    await expect(page.getByRole("radio", { name: "Indice de Jaccard" })).toBeChecked();
    const panel = page.getByRole("region", { name: "Processus de Colombo et Dialogue d'Abou Dhabi" });
    await expect(panel).toContainText("11 États membres communs");
    await expect(panel.getByRole("link", { name: "Chine" })).toHaveAttribute("href", "/fr/countries/CN");
    await expect(page).toHaveTitle(/^Membres en commun/);
  });
});

test.describe("timeline", () => {
  test("shows the processes by year of establishment and the activities on record", async ({
    page,
    visit,
  }) => {
    await visit("/en/timeline");
    const foundings = page.getByRole("region", { name: "Year of establishment" });
    await expect(foundings).toContainText("14 processes established between 1985 and 2008.");
    const year = (value: string) =>
      foundings.getByRole("listitem").filter({ has: page.getByText(value, { exact: true }) });
    await expect(year("1985").getByRole("link")).toHaveCount(1);
    await expect(year("1985").getByRole("link", { name: /^IGC/ })).toHaveAttribute("href", "/en/rcps/igc");
    await expect(year("2008").getByRole("link")).toHaveText([/^Abu Dhabi Dialogue/, /^IGAD-RCP/]);
    await expect(year("2008").getByRole("link", { name: /^IGAD-RCP/ })).toContainText("Africa");
    await expect(page.getByRole("list", { name: "Regions" })).toContainText("Thematically organised");

    const activities = page.getByRole("region", { name: "Activities on record" });
    const perth = activities.getByRole("region", { name: /^2004/ }).getByRole("listitem").filter({
      hasText: "Joint Bali Process–Budapest Process workshop on the return of irregular migrants",
    });
    await expect(perth).toContainText("May 2004 · Workshop · Perth, Australia");
    // The activity's own page first, then its hosts' profiles.
    await expect(perth.getByRole("link")).toHaveText([
      "Joint Bali Process–Budapest Process workshop on the return of irregular migrants",
      "Bali Process",
      "Budapest Process",
    ]);
    const geneva = activities
      .getByRole("region", { name: /^2005/ })
      .getByRole("listitem")
      .filter({ hasText: "GCIM–IOM Workshop on Regional Consultative Processes" });
    await expect(geneva).toContainText("April 14, 2005 – April 15, 2005 · Workshop · Geneva, Switzerland");
    await expect(geneva.getByRole("link")).toHaveCount(10);
  });

  test("speaks Spanish", async ({ page, visit }) => {
    await visit("/es/timeline");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cronología de los procesos");
    await expect(page.getByText("14 procesos creados entre 1985 y 2008.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Regiones" })).toContainText(
      "Europa y la ex Unión Soviética",
    );
    const perth = page
      .getByRole("listitem")
      .filter({ hasText: "Joint Bali Process–Budapest Process workshop" });
    await expect(perth).toContainText("mayo de 2004 · Taller · Perth, Australia");
    // Activities may be written in any of the three languages: the marker says it is untranslated.
    await expect(perth).toContainText("(sin traducir)");
    await expect(page).toHaveTitle(/^Cronología/);
  });
});
