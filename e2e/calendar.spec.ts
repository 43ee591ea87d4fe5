import { axeViolations, collectMissingMessages, expect, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

test.describe("calendars", () => {
  test("a secretariat member gets a personal feed address once, and resetting it revokes the old one", async ({
    page,
    loginAs,
    baseURL,
  }) => {
    await loginAs("editor", { rcpSlug: "bali-process" });
    const missing = collectMissingMessages(page);
    await page.goto("/en/manage");
    await page.getByRole("link", { name: /Add the activities to your calendar/ }).click();
    await expect(page).toHaveURL(/\/en\/calendar$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calendars");
    await expect(page.getByText("You have no personal calendar address yet.")).toBeVisible();

    await page.getByRole("button", { name: "Create my calendar address" }).click();
    const field = page.getByRole("textbox", { name: "Personal calendar address" });
    const address = await field.inputValue();
    expect(address).toMatch(new RegExp(`^${baseURL}/api/calendar/en/personal/[\\w-]{43}\\.ics$`));
    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(feed.headers()["cache-control"]).toBe("private, no-store");
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    // Shown once: after a reload only its date is left, and resetting is the way to a new one.
    await page.reload();
    await expect(field).toHaveCount(0);
    await expect(page.getByText(/You have a personal calendar address, created on/)).toBeVisible();
    await page.getByRole("button", { name: "Reset the address" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Reset your calendar address?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await page.request.get(address)).status()).toBe(200);

    await page.getByRole("button", { name: "Reset the address" }).click();
    await dialog.getByRole("button", { name: "Reset", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    const renewed = await field.inputValue();
    expect(renewed).not.toBe(address);
    expect((await page.request.get(address)).status()).toBe(404);
    expect((await page.request.get(renewed)).status()).toBe(200);

    expect(await axeViolations(page)).toEqual([]);
    expect(missing).toEqual([]);
  });

  test("the page links the public feeds, which calendar programs may cache briefly", async ({
    page,
    loginAs,
    baseURL,
  }) => {
    await loginAs("viewer", { rcpSlug: "colombo-process" });
    await page.goto("/en");
    await new SiteHeader(page).openAccountMenu();
    await page.getByRole("banner").getByRole("link", { name: "Calendars" }).click();
    await expect(page).toHaveURL(/\/en\/calendar$/);
    const all = page.getByRole("link", { name: "All public activities" });
    await expect(all).toHaveAttribute("href", `${baseURL}/api/calendar/en/public.ics`);
    const bali = page.getByRole("link", { name: "Bali Process", exact: true });
    await expect(bali).toHaveAttribute("href", `${baseURL}/api/calendar/en/rcps/bali-process.ics`);
    for (const link of [all, bali]) {
      const response = await page.request.get((await link.getAttribute("href")) ?? "");
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"]).toBe("public, max-age=300, must-revalidate");
      expect(await response.text()).toContain("BEGIN:VEVENT");
    }
    for (const path of [
      "/api/calendar/de/public.ics",
      "/api/calendar/en/rcps/bali-process.json",
      "/api/calendar/en/rcps/%00.ics",
      "/api/calendar/en/rcps/bali%00process.ics",
      "/api/calendar/en/activities/..%2Fpublic.ics",
      "/api/calendar/en/personal/%00.ics",
      `/api/calendar/en/themes/${"a".repeat(3000)}.ics`,
    ]) {
      const response = await page.request.get(`${baseURL}${path}`);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
  });

  test("asks visitors to sign in first", async ({ page }) => {
    await page.goto("/fr/calendar");
    await expect(page).toHaveURL(/\/fr\/sign-in\?callbackUrl=%2Ffr%2Fcalendar$/);
  });
});
