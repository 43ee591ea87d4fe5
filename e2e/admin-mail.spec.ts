// Undelivered mail, end to end: an administrator finds a failed message from the overview, retries
// it, and the server's own job queue delivers it to the mail server at once.
import { randomUUID } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";
import { latestMailTo } from "./support/mailbox";

test("an administrator retries a failed message and it is delivered", async ({ page, visit, loginAs }) => {
  const to = `failed-${randomUUID().slice(0, 8)}@example.org`;
  await e2eDb().mailDelivery.create({
    data: {
      idempotencyKey: `e2e:${randomUUID()}`,
      to,
      subject: "Your registration is confirmed",
      text: "You are registered.",
      status: "FAILED",
      attempts: 8,
      lastError: "connect ECONNREFUSED 127.0.0.1:25",
    },
    select: { id: true },
  });
  await loginAs("admin");

  await visit("/en/admin");
  await page.getByRole("main").getByRole("link", { name: "Mail" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mail");
  const row = page.getByRole("row", { name: new RegExp(to) });
  await expect(row).toContainText("Your registration is confirmed");
  await expect(row).toContainText("connect ECONNREFUSED 127.0.0.1:25");
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: `Retry the message to ${to}` }).click();
  const mail = await latestMailTo(to);
  expect(mail.subject).toBe("Your registration is confirmed");
  await expect(page.getByRole("row", { name: new RegExp(to) })).toHaveCount(0);
});
