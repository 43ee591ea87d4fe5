// Where an invitation goes, and what people who may not open the outbox see there.
import { randomUUID } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

test.describe("where mail goes", () => {
  test("an editor who opens the outbox gets a 404 that still shows them signed in", async ({
    page,
    loginAs,
  }) => {
    const { account } = await loginAs("editor", { rcpSlug: "bali-process" });
    const response = await page.goto("/en/dev/outbox");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await new SiteHeader(page).expectSignedInAs(account.name);
    await expectNoAxeViolations(page);
  });

  test("the inviter is told the invitation was emailed, and an administrator sees no outbox when mail is sent", async ({
    page,
    visit,
    loginAs,
  }) => {
    await loginAs("editor", { rcpSlug: "bali-process" });
    await visit("/en/manage/bali-process/staff");
    const email = `invitee-${randomUUID().slice(0, 8)}@example.org`;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send the invitation", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}.` })).toBeVisible();

    // These tests send mail through SMTP: there is no outbox to link to.
    const { page: admin } = await loginAs("admin", { newContext: true });
    await admin.goto("/en/admin");
    await expect(admin.getByRole("link", { name: "Audit log" }).first()).toBeVisible();
    await expect(admin.getByRole("link", { name: "Outbox" })).toHaveCount(0);
  });
});
