// Peer updates end to end: a Budapest editor follows labour migration and asks for a daily digest;
// the MTM Dialogue's editor posts a public workshop on it and attaches a PDF that mentions it; the
// Budapest editor sees the workshop in the feed and the unread count, receives one digest (read
// from the test's SMTP server) whose unsubscribe link works without signing in, and finds the
// workshop and the PDF by searching "migracion laboral" in Spanish. A hosts-only workshop of the
// Colombo Process on the same theme reaches no one's feed, notifications, digest or search who may
// not see it.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";
import { mailsTo } from "./support/mailbox";

const DAY = 24 * 60 * 60 * 1000;

async function pdfSaying(text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage().drawText(text, { x: 50, y: 700, size: 12, font });
  return Buffer.from(await document.save());
}

/** Creates a labour-migration workshop through the form; returns its slug. */
async function postWorkshop(page: Page, rcpSlug: string, title: string, tier: "Public" | "Hosts only") {
  await page.goto(`/en/manage/${rcpSlug}/activities/new`);
  await page.getByLabel("Title in Spanish").fill(title);
  const start = new Date(Date.now() + 90 * DAY).toISOString().slice(0, 10);
  await page.getByLabel("Start date").fill(start);
  await page.getByLabel("Place").fill("Rabat");
  await page.getByRole("checkbox", { name: "Labour migration" }).check();
  await page.getByRole("radio", { name: new RegExp(`^${tier}`) }).check();
  await page.getByRole("button", { name: "Create the activity" }).click();
  await page.waitForURL(/\/en\/activities\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

test("a followed theme brings a peer's workshop to the feed, the bell, one digest and search — and a restricted one to no one", async ({
  page,
  loginAs,
  visit,
}) => {
  test.setTimeout(180_000);
  const id = randomUUID().slice(0, 8);
  const workshop = `Taller sobre migración laboral ${id}`;
  const restricted = `Taller restringido sobre migración laboral ${id}`;
  const reportTitle = `Informe final ${id}`;

  // Budapest follows labour migration and chooses a daily digest.
  const { account: budapest } = await loginAs("editor", { rcpSlug: "budapest-process" });
  await visit("/en/following");
  await page.getByLabel("Themes").selectOption({ label: "Labour migration" });
  await page.getByRole("button", { name: "Follow" }).nth(1).click();
  await expect(page.getByRole("link", { name: "Labour migration" })).toBeVisible();
  await visit("/en/email-preferences");
  await page.getByRole("radio", { name: "A daily digest (at 06:00 UTC)" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("radio", { name: "A daily digest (at 06:00 UTC)" })).toBeChecked();

  // The MTM Dialogue posts a public workshop and attaches a report that mentions its subject.
  const { page: mtm } = await loginAs("editor", { rcpSlug: "mtm", newContext: true });
  const slug = await postWorkshop(mtm, "mtm", workshop, "Public");
  await mtm.goto(`/en/manage/mtm/activities/${slug}/documents`);
  await mtm.getByLabel("File").setInputFiles({
    name: "informe.pdf",
    mimeType: "application/pdf",
    // The words searched for are only in the file's text, not in its title.
    buffer: await pdfSaying(
      "Conclusiones del taller regional sobre la migración laboral en el Mediterráneo.",
    ),
  });
  await mtm.getByLabel("Kind").selectOption({ label: "Report" });
  await mtm.getByLabel("Title").fill(reportTitle);
  await mtm.getByRole("button", { name: "Upload" }).click();
  await expect(mtm.getByText(`“${reportTitle}” was added.`)).toBeVisible({ timeout: 30_000 });

  // The Colombo Process posts a hosts-only workshop on the same theme.
  const { page: colombo } = await loginAs("editor", { rcpSlug: "colombo-process", newContext: true });
  await postWorkshop(colombo, "colombo-process", restricted, "Hosts only");

  // Budapest's feed and notifications show the public workshop, never the restricted one.
  await visit("/en");
  const feed = page.getByRole("main");
  await expect(feed.getByText(workshop).first()).toBeVisible();
  await expect(feed.getByText(/You follow Labour migration/).first()).toBeVisible();
  await expect(feed.getByText(restricted)).toHaveCount(0);
  await expect(
    page.getByRole("banner").getByRole("link", { name: /\d+ unread notifications?/ }),
  ).toBeVisible();
  await visit("/en/notifications");
  await expect(page.getByRole("main").getByText(workshop).first()).toBeVisible();
  await expect(page.getByRole("main").getByText(restricted)).toHaveCount(0);

  // The daily digest job runs: exactly one digest reaches Budapest, naming the workshop only.
  const db = e2eDb();
  const runDailyDigests = () =>
    execFileSync(process.execPath, ["--import", "tsx", "e2e/support/run-peer-digests.ts", "DAILY"], {
      env: { ...process.env, NEXTAUTH_URL: new URL(page.url()).origin },
    });
  runDailyDigests();
  runDailyDigests();
  await expect
    .poll(async () => (await mailsTo(budapest.email)).length, { timeout: 120_000, intervals: [2_000] })
    .toBe(1);
  const [digest] = await mailsTo(budapest.email);
  expect(digest!.text).toContain(workshop);
  expect(digest!.text).not.toContain(restricted);
  expect(digest!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const unsubscribe = /\/(en|fr|es)\/unsubscribe\/[A-Za-z0-9_-]+/.exec(digest!.text)?.[0];
  expect(unsubscribe, "an unsubscribe link in the digest").toBeTruthy();

  // Its link works without signing in: opening it changes nothing, confirming turns mail off.
  const { page: stranger } = await loginAs("anonymous", { newContext: true });
  await stranger.goto(unsubscribe!);
  expect((await db.user.findUniqueOrThrow({ where: { id: budapest.id } })).emailFrequency).toBe("DAILY");
  await stranger.getByRole("button", { name: "Stop these emails" }).click();
  await expect
    .poll(async () => (await db.user.findUniqueOrThrow({ where: { id: budapest.id } })).emailFrequency)
    .toBe("OFF");

  // Search in Spanish, without accents: the workshop and the PDF (by the text inside it).
  await expect
    .poll(
      async () => {
        await page.goto(`/es/search?q=${encodeURIComponent(`migracion laboral ${id}`)}`);
        return page.getByRole("main").getByRole("link", { name: reportTitle }).count();
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBeGreaterThan(0);
  await page.goto(`/es/search?q=${encodeURIComponent(`migracion laboral ${id}`)}`);
  const results = page.getByRole("main");
  await expect(results.getByRole("link", { name: workshop })).toBeVisible();
  await expect(results.getByText(restricted)).toHaveCount(0);
  await stranger.goto(`/es/search?q=${encodeURIComponent(`migracion laboral ${id}`)}`);
  await expect(stranger.getByRole("main").getByRole("link", { name: workshop })).toBeVisible();
  await expect(stranger.getByRole("main").getByText(restricted)).toHaveCount(0);
  // Its own hosts find it.
  await colombo.goto(`/es/search?q=${encodeURIComponent(`migracion laboral ${id}`)}`);
  await expect(colombo.getByRole("main").getByRole("link", { name: restricted })).toBeVisible();
});
