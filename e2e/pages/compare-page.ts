import type { Page } from "@playwright/test";

/** The comparison page (in English): its chooser and the processes side by side. */
export class ComparePage {
  constructor(private readonly page: Page) {}

  get chooser() {
    return this.page.getByRole("form", { name: "Choose what to compare" });
  }

  process(shortName: string) {
    return this.chooser.getByRole("checkbox", { name: shortName, exact: true });
  }

  column(name: string) {
    return this.chooser.getByRole("checkbox", { name, exact: true });
  }

  get table() {
    return this.page.getByRole("table");
  }

  /** The frame the table scrolls in, named after the processes it compares. */
  get frame() {
    return this.page.getByRole("region", { name: /^Comparison of / });
  }

  /** The names in the header row, after its corner cell: the processes, left to right. */
  async shownProcesses() {
    return (await this.table.getByRole("columnheader").allInnerTexts())
      .slice(1)
      .map((text) => text.split("\n")[0]);
  }

  /** The names of the rows: the columns of the matrix, top to bottom. */
  async shownColumns() {
    return this.table.getByRole("rowheader").allInnerTexts();
  }

  async compare() {
    await this.chooser.getByRole("button", { name: "Compare", exact: true }).click();
  }
}
