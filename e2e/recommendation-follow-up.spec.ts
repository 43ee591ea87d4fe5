// The journey for recommendations: the Budapest editor publishes the Rhodes outcome, pastes
// its recommendations, marks one implemented with evidence; the overview bar says so; an MTM
// Dialogue editor finds it under its theme, across processes. On the way, one item is added by hand
// and edited (after a conflict with someone else's change), another removed, and a document of the
// platform is given as evidence.
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
  const paste = page.getByRole("region", { name: "Paste a numbered list" });
  await paste
    .getByLabel("Paste the numbered list")
    .fill(
      `Recommendations\n1. Test recommendation one ${run}\nover two lines.\n2) Test recommendation two ${run}\n(3) Test recommendation three ${run}`,
    );
  await expect(page.getByText("3 recommendations will be added.")).toBeVisible();
  await paste.getByLabel(themeLabel, { exact: true }).check();
  await paste.getByRole("button", { name: "Add the recommendations" }).click();
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

  // One more by hand: a number already used is refused on its field; then it is added and edited.
  const add = page.getByRole("region", { name: "Add a recommendation" });
  await add.getByLabel("Number").fill("2");
  await add.getByLabel("In English").fill(`Test recommendation four ${run}`);
  await add.getByRole("button", { name: "Add the recommendation" }).click();
  await expect(
    add.getByText("This number is already used in this document. Choose another number."),
  ).toBeVisible();
  await expect(add.getByLabel("Number")).toHaveAttribute("aria-invalid", "true");
  await add.getByLabel("Number").fill("4");
  await add.getByRole("button", { name: "Add the recommendation" }).click();
  await expect(add.getByText("Recommendation 4 added.")).toBeVisible();
  await expect(page.getByTestId("recommendation")).toHaveCount(4);
  const fourth = page.getByTestId("recommendation").filter({ hasText: "No. 4" });
  await expect(
    fourth.getByRole("paragraph").filter({ hasText: `Test recommendation four ${run}` }),
  ).toBeVisible();
  await fourth.locator("summary", { hasText: "Edit" }).click();
  await fourth.getByLabel("In English").fill(`Test recommendation four, edited ${run}`);
  // Someone else saves it meanwhile: this save is refused and says why, nothing is overwritten.
  await e2eDb().recommendation.update({
    where: { documentId_number: { documentId: document.id, number: 4 } },
    data: { version: { increment: 1 } },
  });
  await fourth.getByRole("button", { name: "Save the changes" }).click();
  await expect(
    fourth.getByText("Someone changed this recommendation meanwhile. Reload the page to see the change."),
  ).toBeVisible();
  // The unsaved edit makes the page ask before it is left; the editor reloads all the same.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await fourth.locator("summary", { hasText: "Edit" }).click();
  await fourth.getByLabel("In English").fill(`Test recommendation four, edited ${run}`);
  await fourth.getByLabel(themeLabel, { exact: true }).check();
  await fourth.getByRole("button", { name: "Save the changes" }).click();
  await expect(fourth.getByText("Changes saved.")).toBeVisible();
  await expect(
    fourth.getByRole("paragraph").filter({ hasText: `Test recommendation four, edited ${run}` }),
  ).toBeVisible();
  await expect(
    fourth.getByRole("list", { name: "Themes" }).getByRole("link", { name: themeLabel }),
  ).toBeVisible();

  // The outcome document itself, on the platform, as the evidence of a status change.
  const second = page.getByTestId("recommendation").filter({ hasText: "No. 2" });
  await second.getByText("Record a status change").click();
  await second.getByLabel("Status").selectOption({ label: "In progress" });
  await second.getByLabel("Document on the platform as evidence").selectOption({ label: title });
  await second.getByRole("button", { name: "Record" }).click();
  await expect(page.getByTestId("recommendation-progress")).toContainText("In progress: 1");
  await expect(second.getByRole("link", { name: `Document: ${title}` })).toHaveAttribute(
    "href",
    `/api/documents/${document.id}`,
  );

  // Removing asks first; once confirmed the item and its history are gone.
  const third = page.getByTestId("recommendation").filter({ hasText: "No. 3" });
  await third.locator("summary", { hasText: "Edit" }).click();
  await third.getByRole("button", { name: "Remove recommendation 3" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove it" }).click();
  await expect(page.getByTestId("recommendation")).toHaveCount(3);
  await expect(page.getByText(`Test recommendation three ${run}`)).toHaveCount(0);

  const mtm = await loginAs("editor", { rcpSlug: "mtm", newContext: true });
  await mtm.page.goto(`/en/themes/${theme.slug}/recommendations?status=IMPLEMENTED`);
  await expect(mtm.page.getByText(`Test recommendation one ${run} over two lines.`)).toBeVisible();
  await expect(mtm.page.getByText(`Test recommendation two ${run}`)).toHaveCount(0);
});
