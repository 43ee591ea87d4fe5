// Adds an RCP to the public pages for a moment: its own project (playwright.config.ts) runs it after
// every other spec, whose directory, map and timeline counts expect the 14 RCPs of the documents.
import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test("an administrator adds an RCP, then archives it off the public pages", async ({
  page,
  visit,
  loginAs,
}) => {
  const suffix = randomBytes(3).toString("hex");
  const shortName = `E2E Dialogue ${suffix}`;
  await loginAs("admin");
  await visit("/en/admin/rcps");

  await page.getByText("Add an RCP").click();
  const form = page.getByRole("form", { name: "Add an RCP" });
  await form.getByRole("button", { name: "Add RCP" }).click();
  await expect(form.getByText("This field is required.").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByLabel("Full name").fill(`End-to-End Consultative Dialogue ${suffix}`);
  await form.getByLabel("Short name").fill(shortName);
  // An address another RCP already has is refused, next to the field.
  await form.getByLabel("Web address").fill("bali-process");
  await form.getByLabel("Year established").fill("2024");
  await form.getByLabel("Region").selectOption({ label: "Africa" });
  await form.getByLabel("Secretariat").selectOption({ label: "Rotating secretariat" });
  await form.getByRole("button", { name: "Add RCP" }).click();
  await expect(form.getByText("Another RCP already uses this web address.").first()).toBeVisible();

  await form.getByLabel("Web address").fill(`e2e-dialogue-${suffix}`);
  await form.getByRole("button", { name: "Add RCP" }).click();
  await expect(form.getByRole("status")).toHaveText(`${shortName} was added.`);
  const row = page.getByRole("row", { name: new RegExp(shortName) });
  await expect(row).toContainText("Published");

  await row.getByRole("button", { name: `Archive ${shortName}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Archive ${shortName}?` });
  await expect(confirm).toContainText("disappears from the public pages");
  await confirm.getByRole("button", { name: "Archive" }).click();
  await expect(row).toContainText("Archived since");
  await expect(row.getByRole("button", { name: `Bring back ${shortName}` })).toBeVisible();

  await visit("/en/rcps");
  await expect(page.getByRole("heading", { name: "Bali Process" })).toBeVisible();
  await expect(page.getByText(shortName)).toHaveCount(0);
  const response = await page.goto(`/en/rcps/e2e-dialogue-${suffix}`);
  expect(response?.status()).toBe(404);
});
