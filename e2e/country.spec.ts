import { expect, test } from "./fixtures";

const THAILAND_RCPS = ["Abu Dhabi Dialogue", "APC", "Bali Process", "Colombo Process"];

test.describe("countries", () => {
  test("the index shows Thailand with its 4 RCPs and filters as you type", async ({ page, visit }) => {
    await visit("/en/countries");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Countries and territories");
    const thailand = page.getByRole("row", { name: /^Thailand\b/ });
    await expect(thailand.getByRole("cell").first()).toHaveText("4 RCPs");
    await expect(thailand).toContainText(THAILAND_RCPS.slice(0, 3).join(", "));
    await expect(page.getByRole("row", { name: /^Hong Kong Territory/ })).toBeVisible();

    const filter = page.getByLabel("Filter by name or code");
    await filter.fill("thai");
    await expect(page.getByRole("status")).toHaveText(/^1 of \d+ shown$/);
    await expect(page.getByRole("row")).toHaveCount(2);
    await thailand.getByRole("link", { name: "Thailand" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/TH$/);
  });

  test("the index says what to do when nothing matches, and sorts by number of RCPs", async ({
    page,
    visit,
  }) => {
    await visit("/en/countries");
    const filter = page.getByLabel("Filter by name or code");
    await filter.fill("Atlantis");
    await expect(page.getByText("No country or territory matches “Atlantis”.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.getByRole("button", { name: "Clear the filter" }).click();
    await expect(filter).toHaveValue("");

    await page.getByRole("button", { name: /^Member of/ }).click();
    await expect(page.getByRole("columnheader", { name: /^Member of/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(page.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("4 RCPs");
    await expect(page.getByRole("row").last().getByRole("cell").first()).toHaveText("No RCP");
  });

  test("Thailand's page lists its four RCPs with its role, linking to their profiles", async ({
    page,
    visit,
  }) => {
    await visit("/en/countries/TH");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thailand");
    await expect(page.getByText("Member of 4 RCPs")).toBeVisible();
    const table = page.getByRole("table", { name: "Participation in RCPs: role and region" });
    await expect(table.getByRole("row")).toHaveCount(5);
    for (const rcp of THAILAND_RCPS) {
      const row = table.getByRole("row", { name: new RegExp(`^${rcp}\\b`) });
      await expect(row.getByRole("cell").first()).toHaveText("Member");
    }
    await expect(table.getByRole("link", { name: "Colombo Process" })).toHaveAttribute(
      "href",
      "/en/rcps/colombo-process",
    );
  });

  test("a former membership and a chair term show their dates", async ({ page, visit }) => {
    await visit("/en/countries/NZ");
    const former = page.getByRole("table", { name: "Former memberships: period" });
    await expect(former.getByRole("row", { name: /^APC\b/ })).toContainText("Former member");
    await expect(former.getByRole("row", { name: /^APC\b/ })).toContainText("1996 – 2003");

    await visit("/en/countries/IE");
    const chairs = page.getByRole("table", { name: "Chair terms: office and period" });
    await expect(chairs.getByRole("row", { name: /^IGC\b/ })).toContainText("Chair");
    await expect(chairs.getByRole("row", { name: /^IGC\b/ })).toContainText("2006 – 2007");
  });

  test("an unknown country is the localized 404; a lower-case code finds the country", async ({ page }) => {
    for (const path of ["/en/countries/ZZ", "/en/countries/THA"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    await page.goto("/es/countries/QQ");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");

    await page.goto("/en/countries/th");
    await expect(page).toHaveURL(/\/en\/countries\/TH$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thailand");
  });

  test("speaks French: Thailand's page and the index", async ({ page, visit }) => {
    await visit("/fr/countries/TH");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thaïlande");
    await expect(page.getByText("Membre de 4 PCR")).toBeVisible();
    await expect(page.getByRole("row", { name: /^Processus de Bali\b/ })).toContainText("Membre");
    await expect(page.getByRole("row", { name: /^Processus de Bali\b/ })).toContainText(
      "Processus thématiques",
    );
    await expect(page).toHaveTitle(/^Thaïlande\s: processus consultatifs régionaux/);

    await visit("/fr/countries");
    await expect(page.getByRole("row", { name: /^Nouvelle-Calédonie Territoire/ })).toBeVisible();
  });
});

test.describe("coverage map", () => {
  test("shades countries with a legend; a member country is a named link", async ({ page, visit }) => {
    await visit("/en/map");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage map");
    const legend = page.getByRole("list", { name: "Member of" });
    await expect(legend.getByRole("listitem")).toHaveText([
      "1 RCP",
      "2 RCPs",
      "3 RCPs",
      "4 RCPs",
      "None, or not in the data",
    ]);

    const map = page.getByRole("group", { name: /^World map/ });
    const thailand = map.getByRole("link", {
      name: "Thailand: 4 RCPs — Abu Dhabi Dialogue, APC, Bali Process, and Colombo Process",
    });
    await expect(thailand).toHaveAttribute("href", "/en/countries/TH");
    // Countries in no RCP are drawn but are not links.
    await expect(map.getByRole("link", { name: /^Canada: 2 RCPs/ })).toHaveCount(1);
    await expect(map.getByRole("link", { name: /^Greenland/ })).toHaveCount(0);

    await thailand.focus();
    await expect(thailand).toBeFocused();
    const panel = page.getByText("Member of 4 RCPs");
    await expect(panel).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();

    await map.getByRole("link", { name: /^Australia:/ }).hover();
    await expect(page.getByText("Member of 3 RCPs")).toBeVisible();
  });

  test("the table lists every member, including territories too small to draw", async ({ page, visit }) => {
    await visit("/en/map");
    const table = page.getByRole("table", { name: /^States and territories that are members/ });
    await expect(table.getByRole("row", { name: /^Thailand\b/ })).toContainText("Colombo Process");
    for (const territory of ["Hong Kong", "Macao"]) {
      await expect(table.getByRole("row", { name: new RegExp(`^${territory} Territory`) })).toContainText(
        "APC",
      );
    }
    await expect(page.getByText(/^Too small to draw at this scale/)).toContainText("Hong Kong");
    await page.getByRole("link", { name: "Skip the map to the table" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#coverage-table$/);
  });

  test("speaks Spanish", async ({ page, visit }) => {
    await visit("/es/map");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mapa de cobertura");
    await expect(
      page.getByRole("link", {
        name: "Tailandia: 4 PCR — Diálogo de Abu Dhabi, APC, Proceso de Bali y Proceso de Colombo",
      }),
    ).toBeVisible();
  });
});
