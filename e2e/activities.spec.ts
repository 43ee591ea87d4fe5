import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";

/** An activity written straight to the database, hosted by the given processes. */
async function createActivity(options: {
  hostSlugs: string[];
  visibility: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
  title: string;
  startsAt?: Date;
  endsAt?: Date;
  timeZone?: string;
}) {
  const rcps = await e2eDb().rcp.findMany({
    where: { slug: { in: options.hostSlugs } },
    select: { id: true },
  });
  const startDate = new Date(
    `${(options.startsAt ?? new Date("2031-06-02T00:00:00Z")).toISOString().slice(0, 10)}T00:00:00Z`,
  );
  return e2eDb().activity.create({
    data: {
      slug: `e2e-activity-${randomUUID().slice(0, 8)}`,
      title: { en: options.title },
      summary: { en: "Agenda:\n\n- **Opening**\n- Sessions\n\n[Concept note](https://example.org/note)" },
      kind: "WORKSHOP",
      startDate,
      startPrecision: "DAY",
      startsAt: options.startsAt ?? null,
      endsAt: options.endsAt ?? null,
      timeZone: options.timeZone ?? null,
      location: "Bangkok",
      countryCode: "TH",
      visibility: options.visibility,
      rcps: { create: rcps.map((rcp) => ({ rcpId: rcp.id, status: "ACCEPTED" as const })) },
    },
    select: { slug: true },
  });
}

test.describe("the activity list", () => {
  test("pages forward and back by cursor, filters with a plain form, and says what to do when empty", async ({
    page,
    visit,
  }) => {
    await visit("/en/activities?when=past");
    const titles = page.getByRole("list").last().getByRole("heading", { level: 3 });
    const firstPage = await titles.allInnerTexts();
    expect(firstPage).toHaveLength(20);

    await page.getByRole("link", { name: /Later in the list/ }).click();
    await expect(page).toHaveURL(/after=\d{4}-\d{2}-\d{2}\./);
    const secondPage = await titles.allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await page.getByRole("link", { name: /Earlier in the list/ }).click();
    await expect(page).toHaveURL(/before=/);
    expect(await titles.allInnerTexts()).toEqual(firstPage);

    await visit("/en/activities?when=past");
    const filters = page.getByRole("search", { name: "Filter the activities" });
    await filters.getByLabel("Kind").selectOption("MINISTERIAL_CONFERENCE");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=MINISTERIAL_CONFERENCE/);
    await expect(filters.getByLabel("Kind")).toHaveValue("MINISTERIAL_CONFERENCE");
    const kinds = await page.locator("main ol > li > p:first-child").allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    for (const line of kinds) expect(line).toContain("Ministerial conference");

    await visit("/en/activities?kind=TRAINING&from=2099-01-01");
    await expect(page.getByText("No activity matches these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/en\/activities$/);
  });

  test("leaves out what it cannot read from the address and says so, never failing", async ({
    page,
    request,
  }) => {
    for (const query of [
      "kind=PARTY",
      "from=2004-02-30",
      "rcp=%00",
      `theme=${"x".repeat(5000)}`,
      "after=x.y.z",
    ]) {
      const response = await request.get(`/en/activities?${query}&kind=WORKSHOP`);
      expect(response.status(), query).toBe(200);
    }
    await page.goto("/en/activities?when=past&region=MARS");
    await expect(page.getByRole("status")).toContainText("Region");
  });
});

test.describe("an activity's page", () => {
  test("shows a date known only to the year as the year", async ({ visit, page }) => {
    await visit("/en/activities/budapest-process-ministerial-conference-prague-1997");
    await expect(page.getByRole("definition").filter({ hasText: /^1997$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Budapest Process" })).toBeVisible();
    // The timeline links each activity to its page.
    await visit("/en/timeline");
    await expect(
      page.locator('a[href="/en/activities/budapest-process-ministerial-conference-prague-1997"]'),
    ).toHaveCount(1);
  });

  test.describe("in two time zones", () => {
    test.use({ timezoneId: "Europe/Paris" });

    test("shows the time in the event's zone, named, and in the reader's", async ({ visit, page }) => {
      const activity = await createActivity({
        hostSlugs: ["bali-process"],
        visibility: "PUBLIC",
        title: `Workshop ${randomUUID().slice(0, 6)}`,
        // 09:30–17:00 in Bangkok (UTC+7) is 04:30–12:00 in Paris in June (UTC+2).
        startsAt: new Date("2031-06-02T02:30:00Z"),
        endsAt: new Date("2031-06-02T10:00:00Z"),
        timeZone: "Asia/Bangkok",
      });
      await visit(`/en/activities/${activity.slug}`);
      await expect(page.getByTestId("event-time")).toContainText("9:30");
      await expect(page.getByTestId("event-time")).toContainText("Asia/Bangkok");
      await expect(page.getByTestId("viewer-time")).toContainText("4:30");
      await expect(page.getByTestId("viewer-time")).toContainText("Europe/Paris");
      // The description's formatting, sanitised on the server.
      await expect(page.getByRole("listitem").filter({ hasText: "Opening" }).locator("strong")).toBeVisible();
      await expect(page.getByRole("link", { name: "Concept note" })).toHaveAttribute("rel", /nofollow/);
    });
  });

  test("opens at one address for its hosts, and is the same 404 for others as a missing one", async ({
    loginAs,
    request,
  }) => {
    const marker = `Hosts-only ${randomUUID().slice(0, 8)}`;
    const activity = await createActivity({
      hostSlugs: ["bali-process"],
      visibility: "HOSTS",
      title: marker,
    });
    const url = `/en/activities/${activity.slug}`;

    const anonymous = await request.get(url);
    expect(anonymous.status()).toBe(404);
    expect(await anonymous.text()).not.toContain(marker);
    const missing = await request.get("/en/activities/no-such-activity");
    expect(missing.status()).toBe(404);

    const { page: outsider } = await loginAs("editor", { rcpSlug: "colombo-process", newContext: true });
    const refused = await outsider.goto(url);
    expect(refused?.status()).toBe(404);
    await expect(outsider.getByRole("heading", { name: marker })).toHaveCount(0);

    const { page: host } = await loginAs("viewer", { rcpSlug: "bali-process", newContext: true });
    const shown = await host.goto(url);
    expect(shown?.status()).toBe(200);
    await expect(host).toHaveURL(new RegExp(`${url}$`));
    await expect(host.getByRole("heading", { level: 1 })).toHaveText(marker);
    await expect(host.getByTestId("visibility")).toHaveText("Hosts only");
    await expect(host).toHaveTitle(new RegExp(marker));
    // Signed-in readers are served per request, never from the cache.
    expect(shown?.headers()["cache-control"]).toContain("no-store");
  });

  test("shows its hosts' editors the way to manage it, on their own render only", async ({
    loginAs,
    request,
  }) => {
    const marker = `Managed ${randomUUID().slice(0, 8)}`;
    const activity = await createActivity({
      hostSlugs: ["bali-process"],
      visibility: "PUBLIC",
      title: marker,
    });
    const url = `/en/activities/${activity.slug}`;
    const { page: editor } = await loginAs("editor", { rcpSlug: "bali-process", newContext: true });
    await editor.goto(url);
    await editor.getByRole("link", { name: "Manage this activity" }).click();
    await expect(editor).toHaveURL(new RegExp(`/en/manage/bali-process/activities/${activity.slug}/edit$`));
    for (const [role, rcpSlug] of [
      ["viewer", "bali-process"],
      ["editor", "colombo-process"],
    ] as const) {
      const { page } = await loginAs(role, { rcpSlug, newContext: true });
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(marker);
      await expect(page.getByRole("link", { name: "Manage this activity" })).toHaveCount(0);
    }
    // The cached page, the same for everyone, has none, after the editor's visit as before it.
    await request.get(url);
    const cached = await request.get(url);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await cached.text()).not.toContain("Manage this activity");
  });

  test("a public activity's page is cached for anonymous visitors, with nothing of a reader in it", async ({
    request,
  }) => {
    const marker = `Public ${randomUUID().slice(0, 8)}`;
    const activity = await createActivity({
      hostSlugs: ["bali-process"],
      visibility: "PUBLIC",
      title: marker,
    });
    const url = `/en/activities/${activity.slug}`;
    await request.get(url);
    const again = await request.get(url);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(again.headers()["set-cookie"]).toBeUndefined();
    const html = await again.text();
    expect(html).toContain(marker);
    expect(html).not.toContain("Visible to");
  });
});
