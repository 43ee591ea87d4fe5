// The whole path of a new secretariat editor, with the invitation read from the real SMTP server:
// invited by an administrator, sets a password, edits the profile, sees the revision, meets a
// colleague's concurrent save, is kept out of another RCP (pages and API), and signs out for good.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { SiteHeader } from "./pages/site-header";
import { e2eDb } from "./support/e2e-db";
import { latestMailTo, linkIn } from "./support/mailbox";

const OWN = "soderkoping-process";
const OTHER = "sacm";
const saved = /Saved\. Version \d+ is now public\./;
const field = (page: Page, label: string) => page.getByRole("textbox", { name: label });

test("a new editor is invited by mail, edits, meets a conflict, stays in their RCP and signs out", async ({
  browser,
  page,
  visit,
  playwright,
  baseURL,
  loginAs,
}) => {
  test.slow();
  const email = `journey-${randomUUID().slice(0, 8)}@example.org`;
  const password = "lanterns along the river at dusk";

  // 1. An administrator invites the editor from the RCP's staff page.
  const { page: adminPage } = await loginAs("admin", { newContext: true });
  await adminPage.goto(`/en/manage/${OWN}/staff`);
  await adminPage.waitForLoadState("networkidle");
  await adminPage.getByLabel("Email address").fill(email);
  await adminPage.getByLabel("Name (optional)").fill("Jonas Berg");
  await adminPage.getByLabel(/^Editor/).check();
  await adminPage.getByRole("button", { name: "Send the invitation", exact: true }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  await adminPage.context().close();

  // 2. The mail reaches the SMTP server; its link sets the password and signs the editor in.
  const mail = await latestMailTo(email);
  expect(mail.subject).toBe("Invitation to the Söderköping Process secretariat on RCP Exchange");
  await visit(linkIn(mail, "/en/invitation/"));
  await page.getByLabel("Choose a password").fill(password);
  await page.getByLabel("Type the password again").fill(password);
  await page.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/manage/${OWN}/staff$`));
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Editor");

  // 3. The editor opens the profile form; a colleague on the same account opens the same version.
  await visit(`/en/manage/${OWN}/edit`);
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await new SignInPage(colleague).signIn({ email, password });
  await colleague.goto(`/en/manage/${OWN}/edit`);
  await colleague.waitForLoadState("networkidle");
  const theirs = `Secretariat notes from the colleague (${randomUUID().slice(0, 6)}).`;
  await field(colleague, "About the secretariat — English").fill(theirs);
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: saved })).toBeVisible();
  await colleagueContext.close();

  // 4. The editor's own save, based on the older version, shows the conflict and keeps the text.
  const mine = `Domaines de discussion, version de l’éditeur (${randomUUID().slice(0, 6)}).`;
  await field(page, "Main areas of discussion — French").fill(mine);
  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByRole("region", {
    name: "Someone else saved this profile while you were editing",
  });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /About the secretariat/ })).toContainText(theirs);
  await expect(field(page, "Main areas of discussion — French")).toHaveValue(mine);
  await expectNoAxeViolations(page);
  await conflict.getByRole("button", { name: /Apply my changes to version \d+/ }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: saved })).toBeVisible();

  // 5. Both saves are revisions with a field-level diff, and the public profile shows them.
  await visit(`/en/manage/${OWN}/history`);
  const latest = page.getByRole("article").first();
  await expect(latest).toContainText("Saved by Jonas Berg on");
  await expect(latest).toContainText(mine);
  await expect(page.getByRole("article").nth(1)).toContainText(theirs);
  await visit(`/fr/rcps/${OWN}`);
  await expect(page.getByText(mine)).toBeVisible();

  // 6. Another RCP's pages do not exist for this editor…
  expect((await page.goto(`/en/manage/${OTHER}/edit`))?.status()).toBe(404);
  expect((await page.goto(`/en/manage/${OTHER}/staff`))?.status()).toBe(404);

  // …and neither do its procedures, even called directly with a well-formed save.
  const cookies = await page.context().cookies();
  const api = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  const own = await e2eDb().rcp.findUniqueOrThrow({ where: { slug: OWN }, select: { id: true } });
  const other = await e2eDb().rcp.findUniqueOrThrow({
    where: { slug: OTHER },
    select: { id: true, version: true, updatedAt: true },
  });
  const editable = await api.get(
    `/api/trpc/rcp.getEditable?input=${encodeURIComponent(JSON.stringify({ json: { rcpId: own.id } }))}`,
  );
  expect(editable.status()).toBe(200);
  const { data } = ((await editable.json()) as { result: { data: { json: { data: unknown } } } }).result.data
    .json;
  const refused = await api.post("/api/trpc/rcp.update", {
    data: { json: { rcpId: other.id, version: other.version, data } },
  });
  expect(refused.status()).toBe(404);
  const otherRead = await api.get(
    `/api/trpc/rcp.getEditable?input=${encodeURIComponent(JSON.stringify({ json: { rcpId: other.id } }))}`,
  );
  expect(otherRead.status()).toBe(404);
  expect(
    await e2eDb().rcp.findUniqueOrThrow({
      where: { id: other.id },
      select: { id: true, version: true, updatedAt: true },
    }),
  ).toEqual(other);

  // 7. Signing out ends the session: the captured cookie is refused afterwards.
  const me = () => api.get("/api/trpc/user.me");
  expect((await me()).status()).toBe(200);
  await new SiteHeader(page).signOut();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await me()).status()).toBe(401);
  await api.dispose();
});
