// An editor attaches the outcomes of an activity their process hosts: the upload shows its
// progress and its success, and a file that is not what its name says is refused on the field.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";

async function hostedActivity(rcpSlug: string) {
  const rcp = await e2eDb().rcp.findUniqueOrThrow({ where: { slug: rcpSlug }, select: { id: true } });
  const id = randomUUID().slice(0, 8);
  return e2eDb().activity.create({
    data: {
      slug: `e2e-workshop-${id}`,
      title: { en: `Workshop on labour migration ${id}`, fr: `Atelier sur la migration de travail ${id}` },
      kind: "WORKSHOP",
      startDate: new Date("2030-05-12T00:00:00Z"),
      startPrecision: "DAY",
      location: "Bangkok",
      visibility: "HOSTS",
      rcps: { create: { rcpId: rcp.id, status: "ACCEPTED" } },
    },
    select: { id: true, slug: true },
  });
}

/** A real PDF header and enough bytes that a slowed upload takes a few seconds. */
const pdf = (bytes: number) =>
  Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(bytes, 0x20), Buffer.from("\n%%EOF\n")]);

test("an editor uploads a PDF and follows its progress to the document in the list", async ({
  page,
  loginAs,
  visit,
}) => {
  const activity = await hostedActivity("bali-process");
  await loginAs("editor", { rcpSlug: "bali-process" });
  await visit(`/en/manage/bali-process/activities/${activity.slug}/documents`);
  await expect(page.getByText(/at most 25 MB/)).toBeVisible();

  await page
    .getByLabel("File")
    .setInputFiles({ name: "recommendations.pdf", mimeType: "application/pdf", buffer: pdf(600_000) });
  await page.getByLabel("Kind").selectOption({ label: "Recommendations" });
  await page.getByLabel("Title").fill("Recommendations of the workshop");
  // A slow connection, so that the upload lasts long enough to be followed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 50,
    downloadThroughput: 1_000_000,
    uploadThroughput: 150_000,
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Uploading… \d+%/ })).toBeVisible();
  await expect(page.getByText("“Recommendations of the workshop” was added.")).toBeVisible({
    timeout: 30_000,
  });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  const link = page.getByRole("link", { name: "Recommendations of the workshop" });
  await expect(link).toHaveAttribute("href", /^\/api\/documents\//);
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''recommendations.pdf");
});

test("a file that only pretends to be a PDF is refused on the field, in French", async ({
  page,
  loginAs,
  visit,
}) => {
  const activity = await hostedActivity("bali-process");
  await loginAs("editor", { rcpSlug: "bali-process" });
  await visit(`/fr/manage/bali-process/activities/${activity.slug}/documents`);

  const file = page.getByLabel("Fichier");
  await file.setInputFiles({
    name: "rapport.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<!doctype html><script>alert(1)</script>"),
  });
  await page.getByLabel("Titre").fill("Rapport");
  await page.getByRole("button", { name: "Envoyer" }).click();

  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(file).toHaveAccessibleDescription(/Ce type de fichier n’est pas accepté/);
  await expect(page.getByRole("link", { name: "Rapport" })).toHaveCount(0);
  expect(await e2eDb().activityDocument.count({ where: { activityId: activity.id } })).toBe(0);
});

test("another process's editor and an anonymous visitor get the 404 for the page and the file", async ({
  page,
  loginAs,
}) => {
  const activity = await hostedActivity("bali-process");
  const { page: bali } = await loginAs("editor", { rcpSlug: "bali-process", newContext: true });
  const uploaded = await bali.request.post(`/api/activities/${activity.id}/documents?locale=en`, {
    headers: { origin: new URL(bali.url()).origin },
    multipart: {
      kind: "RECOMMENDATIONS",
      title: "Recommendations for the hosts",
      language: "en",
      date: "",
      visibility: "HOSTS",
      file: { name: "recommendations.pdf", mimeType: "application/pdf", buffer: pdf(1000) },
    },
  });
  expect(uploaded.status()).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  expect((await bali.request.get(`/api/documents/${id}`)).status()).toBe(200);

  const documentsPage = `/en/manage/bali-process/activities/${activity.slug}/documents`;
  const anonymous = await page.request.get(`/api/documents/${id}`);
  expect(anonymous.status()).toBe(404);
  await loginAs("editor", { rcpSlug: "colombo-process" });
  expect((await page.goto(documentsPage))?.status()).toBe(404);
  await expect(page.getByText("Recommendations for the hosts")).toHaveCount(0);
  const outsider = await page.request.get(`/api/documents/${id}`);
  expect(outsider.status()).toBe(404);
  expect(await outsider.text()).toBe(await anonymous.text());
});
