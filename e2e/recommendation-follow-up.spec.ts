// The journey for recommendations: the Budapest editor publishes the Rhodes outcome, pastes
// its recommendations, marks one implemented with evidence; the overview bar says so; an MTM
// Dialogue editor finds it under its theme, across processes.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";

const RHODES = "budapest-process-ministerial-conference-rhodes-2003";
const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(2_000, 0x20), Buffer.from("\n%%EOF\n")]);

test("recommendations of the Rhodes conference are followed up and found under their theme", async ({
  page,
  loginAs,
  visit,
}) => {
  const run = randomUUID().slice(0, 8);
  const theme = await e2eDb().theme.findFirstOrThrow({
    orderBy: { slug: "asc" },
    select: { slug: true, label: true },
  });
  const themeLabel = (theme.label as { en: string }).en;
  const title = `Rhodes recommendations ${run}`;

  await loginAs("editor", { rcpSlug: "budapest-process" });
  await visit(`/en/manage/budapest-process/activities/${RHODES}/documents`);
  await page
    .getByLabel("File")
    .setInputFiles({ name: "rhodes.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByLabel("Kind").selectOption({ label: "Recommendations" });
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText(`“${title}” was added.`)).toBeVisible({ timeout: 30_000 });

  const document = await e2eDb().activityDocument.findFirstOrThrow({
    where: { title },
    select: { id: true },
  });
  await visit(`/en/recommendations/${document.id}`);
  await expect(page.getByText("No recommendations yet. Paste the numbered list")).toBeVisible();
  await page
    .getByLabel("Paste the numbered list")
    .fill(
      `Recommendations\n1. Test recommendation one ${run}\nover two lines.\n2) Test recommendation two ${run}\n(3) Test recommendation three ${run}`,
    );
  await expect(page.getByText("3 recommendations will be added.")).toBeVisible();
  await page.getByLabel(themeLabel, { exact: true }).check();
  await page.getByRole("button", { name: "Add the recommendations" }).click();
  await expect(page.getByText("3 recommendations added.")).toBeVisible();
  await expect(page.getByTestId("recommendation")).toHaveCount(3);

  const first = page
    .getByTestId("recommendation")
    .filter({ hasText: `Test recommendation one ${run} over two lines.` });
  await first.getByText("Record a status change").click();
  await first.getByLabel("Status").selectOption({ label: "Implemented" });
  await first.getByLabel("Evidence", { exact: true }).fill(`National action plan adopted ${run}`);
  await first.getByLabel("Link to evidence (http or https)").fill("javascript:alert(1)");
  await first.getByRole("button", { name: "Record" }).click();
  await expect(first.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await first.getByLabel("Link to evidence (http or https)").fill("https://example.org/action-plan");
  await first.getByRole("button", { name: "Record" }).click();
  await expect(page.getByTestId("recommendation-progress")).toContainText("Implemented: 1");
  await expect(page.getByTestId("recommendation-progress")).toContainText("Not started: 2");
  // The entry now shows in the item (the form below keeps what was typed).
  await expect(
    first.getByRole("paragraph").filter({ hasText: `National action plan adopted ${run}` }),
  ).toBeVisible();

  const mtm = await loginAs("editor", { rcpSlug: "mtm", newContext: true });
  await mtm.page.goto(`/en/themes/${theme.slug}/recommendations?status=IMPLEMENTED`);
  await expect(mtm.page.getByText(`Test recommendation one ${run} over two lines.`)).toBeVisible();
  await expect(mtm.page.getByText(`Test recommendation two ${run}`)).toHaveCount(0);
});
