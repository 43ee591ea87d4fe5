import { devices } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { ComparePage } from "./pages/compare-page";

test.describe("comparing processes", () => {
  test("two chosen processes stand side by side, and the address shared restores the choice", async ({
    page,
    visit,
    browser,
  }) => {
    await visit("/en/compare");
    const compare = new ComparePage(page);
    // Nothing chosen: no table of fourteen, but what to do.
    await expect(page.getByRole("status")).toContainText("Nothing is chosen yet");
    await expect(compare.table).toHaveCount(0);

    // With the keyboard alone: the form works before its scripts load.
    await compare.process("Puebla Process").focus();
    await page.keyboard.press("Space");
    await compare.process("SACM").focus();
    await page.keyboard.press("Space");
    await compare.column("Observers and partners").focus();
    await page.keyboard.press("Space");
    await compare.chooser.getByRole("button", { name: "Compare", exact: true }).focus();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(
      /\/en\/compare\?rcp=puebla-process&rcp=sacm&col=year&col=governments&col=secretariat&col=areas&col=priorities$/,
    );
    await expect(page.getByRole("heading", { name: "2 processes side by side" })).toBeVisible();
    expect(await compare.shownProcesses()).toEqual(["Puebla Process", "SACM"]);
    expect(await compare.shownColumns()).toEqual([
      "Year",
      "Governments",
      "Secretariat",
      "Main areas of discussion",
      "Current priorities",
    ]);
    await expect(compare.table.getByRole("row", { name: /^Year/ })).toHaveText(/Year\s*1996\s*1999/);

    // A colleague opening the address sees the same comparison, and the same choice in the chooser.
    const colleague = await browser.newPage();
    await colleague.goto(page.url());
    const shared = new ComparePage(colleague);
    expect(await shared.shownProcesses()).toEqual(["Puebla Process", "SACM"]);
    await colleague.getByText("Choose what to compare").click();
    await expect(shared.process("Puebla Process")).toBeChecked();
    await expect(shared.process("SACM")).toBeChecked();
    await expect(shared.process("Bali Process")).not.toBeChecked();
    await expect(shared.column("Observers and partners")).not.toBeChecked();
    await colleague.close();
    // The whole matrix only when asked for.
    await visit("/en/compare");
    await compare.chooser.getByRole("button", { name: "Compare all 14" }).click();
    await expect(page).toHaveURL(/[?&]all=1/);
    expect(await compare.shownProcesses()).toHaveLength(14);
  });

  test("the header row and the header column stay in view while the table scrolls", async ({
    page,
    visit,
  }) => {
    await visit("/en/compare?all=1");
    const compare = new ComparePage(page);
    const processes = await compare.shownProcesses();
    const last = processes.at(-1) ?? "";
    await compare.frame.scrollIntoViewIfNeeded();
    await compare.frame.evaluate((frame) => frame.scrollTo(frame.scrollWidth, frame.scrollHeight));

    // Scrolled to the last process and the last row: the first row and the first process are gone…
    await expect(
      compare.table.getByRole("row", { name: /^Year/ }).getByRole("cell").first(),
    ).not.toBeInViewport();
    // …but the processes still name their columns, and the fields their rows.
    await expect(compare.table.getByRole("columnheader", { name: last })).toBeInViewport();
    await expect(compare.table.getByRole("rowheader", { name: "Current priorities" })).toBeInViewport();
  });

  test("a profile leads to the comparison with its process already chosen", async ({ page, visit }) => {
    await visit("/en/rcps/puebla-process");
    await page.getByRole("link", { name: "Compare with…" }).click();
    await expect(page).toHaveURL(/\/en\/compare\?rcp=puebla-process$/);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("status")).toHaveText(
      "Puebla Process is chosen. Tick one or more processes to compare it with, then press “Compare”.",
    );
    const compare = new ComparePage(page);
    await expect(compare.process("Puebla Process")).toBeChecked();
    await compare.process("SACM").check();
    await compare.compare();
    // The chooser submits a GET form: read the table only once the new page shows it.
    await expect(page.getByRole("heading", { name: "2 processes side by side" })).toBeVisible();
    expect(await compare.shownProcesses()).toEqual(["Puebla Process", "SACM"]);
  });

  test("the CSV holds what the page shows", async ({ page, visit }) => {
    await visit("/en/compare?rcp=sacm&rcp=bali-process&rcp=puebla-process&col=priorities&col=year");
    const compare = new ComparePage(page);
    const processes = await compare.shownProcesses();
    const columns = await compare.shownColumns();
    expect(processes).toEqual(["SACM", "Bali Process", "Puebla Process"]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records: string[][] = parse(csv, { bom: true });
    const [header, ...rows] = records;
    expect(header).toEqual(["RCP", ...columns]);
    expect(rows.map((row) => row[0]?.split(" — ")[0])).toEqual(processes);
    // Every cell of the table, row by row, is the same text in the CSV, column by column.
    const words = (text = "") => text.replace(/\s+/g, " ").trim();
    for (const [index, column] of columns.entries()) {
      const cells = await compare.table
        .getByRole("row", { name: new RegExp(`^${column}`) })
        .getByRole("cell")
        .allInnerTexts();
      expect(
        rows.map((row) => words(row[index + 1])),
        column,
      ).toEqual(cells.map((cell) => words(cell)));
    }
  });

  for (const { locale, marker, column } of [
    { locale: "fr", marker: "(original anglais)", column: "Principaux domaines de discussion" },
    { locale: "es", marker: "(original en inglés)", column: "Principales ámbitos de debate" },
  ]) {
    test(`on /${locale}, English shown for want of a translation says so`, async ({ page, visit }) => {
      await visit(`/${locale}/compare?rcp=puebla-process&rcp=midsa`);
      const areas = page.getByRole("row", { name: new RegExp(`^${column}`) });
      const puebla = areas.getByRole("cell").first();
      await expect(puebla).toHaveText(
        `Three main areas of discussion: migration policy and management; human rights of migrants; and migration and development. ${marker}`,
      );
      await expect(puebla.getByText("Three main areas of discussion")).toHaveAttribute("lang", "en");
      // The year and the names of states are the reader's own: no marker there.
      await expect(page.getByRole("row", { name: /^(Année|Año)/ })).not.toContainText(marker);
    });
  }
});

test.describe("comparing on a phone", () => {
  // A phone screen, touch and all (the browser type is the project's).
  const { defaultBrowserType: _browser, ...pixel } = devices["Pixel 7"];
  test.use(pixel);

  test("the comparison stays within the screen, names in view", async ({ page, visit }) => {
    await visit("/en/compare");
    const compare = new ComparePage(page);
    await compare.process("Bali Process").check();
    await compare.process("Colombo Process").check();
    await compare.compare();
    await expect(page.getByRole("heading", { name: "2 processes side by side" })).toBeVisible();
    await expect(compare.table.getByRole("columnheader", { name: "Bali Process" })).toBeInViewport();

    // The page itself never scrolls sideways; only the table's frame does, its row names staying.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await compare.frame.evaluate((frame) => frame.scrollTo(frame.scrollWidth, 0));
    await expect(compare.table.getByRole("rowheader", { name: "Year" })).toBeInViewport({ ratio: 1 });
    await expect(compare.table.getByRole("columnheader", { name: "Colombo Process" })).toBeInViewport();
  });
});
