// Focal points end to end: a Budapest Process editor records who represents Türkiye; a Colombo
// Process editor finds the person on Türkiye's country page and downloads them as CSV; an
// anonymous visitor finds no trace of them on the page, through the API route, in search or in
// the CSV.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("a focal point reaches other secretariats on the country page, and no one else", async ({
  loginAs,
  visit,
  page,
}) => {
  const name = `Ayşe Focal ${randomUUID().slice(0, 8)}`;
  await loginAs("editor", { rcpSlug: "budapest-process" });

  await visit("/en/manage/budapest-process/focal-points");
  await page.getByRole("button", { name: "Add a focal point" }).click();
  await page.getByLabel("Member or observer represented").selectOption("TR");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Ministry or agency").fill("Presidency of Migration Management");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  // Refused on its field, nothing stored.
  await expect(page.getByText("Enter an email address, such as name@ministry.gov.")).toBeVisible();
  await page.getByLabel("Email").fill("ayse.focal@example.gov.tr");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByText(/Added by .* on /).first()).toBeVisible();

  const colombo = await loginAs("editor", { rcpSlug: "colombo-process", newContext: true });
  await colombo.page.goto("/en/countries/TR");
  const section = colombo.page.getByRole("region", { name: "Who represents Türkiye in each process" });
  await expect(section.getByText(name)).toBeVisible();
  const csvLink = section.getByRole("link", { name: "Download as CSV" });
  const csv = await colombo.page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  // The route says "private, no-store"; next.config.js sets "no-store" on every API answer.
  expect(csv.headers()["cache-control"]).toContain("no-store");
  expect(await csv.text()).toContain(name);

  const anonymous = await loginAs("anonymous", { newContext: true });
  const countryPage = await anonymous.page.goto("/en/countries/TR");
  expect(countryPage?.status()).toBe(200);
  await expect(anonymous.page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await anonymous.page.content()).not.toContain(name);
  const api = await anonymous.page.request.get(
    `/api/trpc/focalPoint.byCountry?input=${encodeURIComponent(JSON.stringify({ json: { code: "TR" } }))}`,
  );
  expect(api.status()).toBe(401);
  expect(await api.text()).not.toContain(name);
  const search = await anonymous.page.goto(`/en/search?q=${encodeURIComponent(name)}`);
  expect(search?.status()).toBe(200);
  // The page repeats the query; what counts is that it finds nothing.
  await expect(anonymous.page.getByRole("heading", { name: `Nothing found for “${name}”` })).toBeVisible();
  const anonymousCsv = await anonymous.page.request.get("/api/countries/TR/focal-points.csv");
  expect(anonymousCsv.status()).toBe(401);
  expect(await anonymousCsv.text()).not.toContain(name);
});
