// Following a process from its profile and being told of what it does: the Follow button, the
// header's unread count, the notifications page and marking read, with axe on every page.
import { recordPeerEvents } from "../src/server/peer-event/record";
import { expect, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";

test("a secretariat follows a process, sees the unread count, and marks its notifications read", async ({
  page,
  loginAs,
  visit,
}) => {
  await loginAs("editor", { rcpSlug: "bali-process" });
  const budapest = await e2eDb().rcp.findUniqueOrThrow({ where: { slug: "budapest-process" } });

  await visit("/en/rcps/budapest-process");
  const bell = page.getByRole("banner").getByRole("link", { name: /unread notification/i });
  await expect(bell).toHaveAccessibleName("No unread notifications");
  const toggle = page.getByRole("main").locator("button[aria-pressed]");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(toggle).toHaveText(/Following/);
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await recordPeerEvents(e2eDb(), [
    { kind: "PRIORITIES_CHANGED", actorId: null, rcpId: budapest.id, rcpIds: [] },
    { kind: "MEMBERSHIP_CHANGED", actorId: null, rcpId: budapest.id, rcpIds: [] },
  ]);
  await page.reload();
  await expect(bell).toHaveAccessibleName("2 unread notifications");

  await bell.click();
  await expect(page).toHaveURL(/\/en\/notifications$/);
  await visit("/en/notifications");
  await expect(page.getByText("Budapest Process updated its membership")).toBeVisible();
  await page.getByRole("button", { name: "Mark as read" }).first().click();
  await expect(bell).toHaveAccessibleName("1 unread notification");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(bell).toHaveAccessibleName("No unread notifications");
  await expect(page.getByRole("button", { name: "Mark as read" })).toHaveCount(0);

  // The Following page lists the process and lets the person stop following it.
  await page.getByRole("link", { name: "Choose what to follow" }).click();
  await visit("/en/following");
  await page.getByRole("button", { name: "Unfollow Budapest Process" }).click();
  await expect(page.getByText("You follow nothing yet.")).toBeVisible();
  await page.getByLabel("Countries").selectOption({ label: "Morocco" });
  await page.getByRole("button", { name: "Follow" }).nth(2).click();
  await expect(page.getByRole("link", { name: "Morocco" })).toBeVisible();
});

test("the cached profile carries no Follow button and no count for visitors", async ({ page, visit }) => {
  await visit("/en/countries/MA");
  await expect(page.locator("button[aria-pressed]")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /unread notification/i })).toHaveCount(0);
});
