import { expect, frenchTypographyProblems, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";
import { latestMailTo, linkIn } from "./support/mailbox";

const activityOf = (slug: string) =>
  e2eDb().activity.findUniqueOrThrow({
    where: { slug },
    select: {
      location: true,
      status: true,
      visibility: true,
      rcps: { select: { status: true, rcp: { select: { slug: true } } } },
    },
  });

test.describe("secretariats manage their activities", () => {
  test("an editor creates a joint activity for its hosts, which the invited process accepts from its email and edits, and which stays among its hosts until made public", async ({
    page,
    visit,
    loginAs,
  }) => {
    // A long journey through two browsers, each page checked with axe.
    test.setTimeout(180_000);
    const title = `Atelier technique conjoint ${Date.now()}`;
    await loginAs("editor", { rcpSlug: "bali-process" });
    // Made before the invitation, so that it is mailed to them.
    const { page: budapest, account: budapestEditor } = await loginAs("editor", {
      rcpSlug: "budapest-process",
      newContext: true,
    });

    // The form in French: an end before the start is refused on the end date, in French.
    await visit("/fr/manage/bali-process/activities/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Nouvelle activité du Processus de Bali",
    );
    await page.getByLabel("Titre en français").fill(title);
    await page.getByLabel("Date de début").fill("2030-05-12");
    await page.getByLabel("Date de fin (facultatif)").fill("2030-05-10");
    await page.getByLabel("Lieu").fill("Bangkok");
    await page.getByRole("radio", { name: /Organisateurs seulement/ }).check();
    await page.getByRole("button", { name: "Créer l’activité" }).click();
    const end = page.getByLabel("Date de fin (facultatif)");
    await expect(end).toHaveAttribute("aria-invalid", "true");
    await expect(end).toHaveAccessibleDescription(/La fin précède le début\./);
    expect(await frenchTypographyProblems(page)).toEqual([]);

    await end.fill("2030-05-13");
    await page.getByRole("button", { name: "Créer l’activité" }).click();
    await page.waitForURL(/\/fr\/activities\/[a-z0-9-]+$/);
    const slug = new URL(page.url()).pathname.split("/").at(-1)!;
    expect(await activityOf(slug)).toMatchObject({
      location: "Bangkok",
      visibility: "HOSTS",
      status: "SCHEDULED",
    });

    // Listed on the process's activities page, where it is edited.
    await visit("/en/manage/bali-process/activities");
    await expect(page.getByText(title)).toBeVisible();
    await page.getByRole("link", { name: `Edit “${title}”` }).click();
    await page.waitForURL(`**/manage/bali-process/activities/${slug}/edit`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Place").fill("Denpasar");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(`**/en/activities/${slug}`);
    expect((await activityOf(slug)).location).toBe("Denpasar");

    // Cancelled, it can only be restored; restored, it is scheduled again.
    await visit(`/en/manage/bali-process/activities/${slug}/edit`);
    await page.getByRole("button", { name: "Cancel the activity" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Cancel the activity" }).click();
    await expect(page.getByText("The activity is cancelled.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
    expect((await activityOf(slug)).status).toBe("CANCELLED");
    await page.getByRole("button", { name: "Restore" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Restore" }).click();
    await expect(page.getByText("The activity is scheduled.")).toBeVisible();
    expect((await activityOf(slug)).status).toBe("SCHEDULED");

    // The Budapest Process is invited; its editor is emailed.
    await visit(`/en/manage/bali-process/activities/${slug}/hosts`);
    await page.getByLabel("Process", { exact: true }).selectOption({ label: "Budapest Process" });
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Invited." })).toBeVisible();
    await expect(page.getByText("invited, no answer yet")).toBeVisible();
    const mail = await latestMailTo(budapestEditor.email);
    expect(mail.subject).toBe(`Invitation to co-host “${title}” on RCP Exchange`);

    // Its editor accepts from the link in the email…
    await budapest.goto(linkIn(mail, "/manage/budapest-process/activities"));
    await budapest.waitForLoadState("networkidle");
    const invitations = budapest.getByRole("region", { name: "Invitations to co-host" });
    await expect(invitations.getByText(title)).toBeVisible();
    await invitations.getByRole("button", { name: `Accept to co-host “${title}”` }).click();
    await budapest.getByRole("alertdialog").getByRole("button", { name: "Accept" }).click();
    await expect(invitations.getByText(title)).toHaveCount(0);
    // The answer leaves the list as soon as it is sent; the database has it once the call returns.
    await expect
      .poll(async () => (await activityOf(slug)).rcps)
      .toContainEqual({ status: "ACCEPTED", rcp: { slug: "budapest-process" } });

    // …and edits it as a host.
    await budapest.getByRole("link", { name: `Edit “${title}”` }).click();
    await budapest.waitForURL(`**/manage/budapest-process/activities/${slug}/edit`);
    await budapest.waitForLoadState("networkidle");
    await budapest.getByLabel("Place").fill("Budapest");
    await budapest.getByRole("button", { name: "Save", exact: true }).click();
    await budapest.waitForURL(`**/en/activities/${slug}`);
    expect((await activityOf(slug)).location).toBe("Budapest");

    // Bali attaches the recommendations, for the hosts only.
    await visit(`/en/manage/bali-process/activities/${slug}/documents`);
    await page.getByLabel("File").setInputFiles({
      name: "recommendations.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(2000, 0x20), Buffer.from("\n%%EOF\n")]),
    });
    await page.getByLabel("Kind").selectOption({ label: "Recommendations" });
    await page.getByLabel("Title").fill("Recommendations of the joint workshop");
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByText("“Recommendations of the joint workshop” was added.")).toBeVisible();
    const download = (await page
      .getByRole("link", { name: "Recommendations of the joint workshop" })
      .getAttribute("href"))!;
    expect((await budapest.request.get(download)).status()).toBe(200);

    // A Colombo Process editor sees neither the activity nor its file: pages, lists, API, calendar, file.
    const { page: colombo } = await loginAs("editor", { rcpSlug: "colombo-process", newContext: true });
    const hidden = [
      `/en/activities/${slug}`,
      `/api/v1/activities/${slug}`,
      `/api/calendar/en/activities/${slug}.ics`,
      download,
    ];
    for (const path of hidden) expect((await colombo.request.get(path)).status(), path).toBe(404);
    for (const path of ["/en/activities", "/en/rcps/bali-process", "/en/rcps/budapest-process"]) {
      await colombo.goto(path);
      await expect(colombo.getByText(title)).toHaveCount(0);
    }
    expect(await (await colombo.request.get("/api/calendar/en/public.ics")).text()).not.toContain(title);

    // Made public, anyone sees it on both hosts' profiles, in the public feed and in the open data.
    await visit(`/en/manage/bali-process/activities/${slug}/edit`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("radio", { name: /^Public/ }).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL(`**/en/activities/${slug}`);
    expect((await activityOf(slug)).visibility).toBe("PUBLIC");
    const { page: anonymous } = await loginAs("anonymous", { newContext: true });
    for (const profile of ["bali-process", "budapest-process"]) {
      await anonymous.goto(`/en/rcps/${profile}`);
      await expect(anonymous.getByRole("link", { name: title })).toBeVisible();
    }
    expect(await (await anonymous.request.get("/api/calendar/en/public.ics")).text()).toContain(title);
    const api = await anonymous.request.get(`/api/v1/activities/${slug}`);
    expect(api.status()).toBe(200);
    expect(JSON.stringify(await api.json())).toContain(title);
  });

  test("a process outside the hosts cannot reach the activity's management pages", async ({ loginAs }) => {
    const bali = await e2eDb().rcp.findUniqueOrThrow({
      where: { slug: "bali-process" },
      select: { id: true },
    });
    const activity = await e2eDb().activity.create({
      data: {
        slug: `e2e-hosts-only-${Date.now()}`,
        title: { en: "Hosts-only marker activity" },
        kind: "WORKSHOP",
        startDate: new Date("2030-05-12T00:00:00Z"),
        startPrecision: "DAY",
        location: "Geneva",
        visibility: "HOSTS",
        rcps: { create: { rcpId: bali.id, status: "ACCEPTED" } },
      },
      select: { slug: true },
    });
    const { page } = await loginAs("editor", { rcpSlug: "colombo-process" });
    for (const path of [
      `/en/manage/bali-process/activities`,
      `/en/manage/bali-process/activities/${activity.slug}/edit`,
      `/en/manage/colombo-process/activities/${activity.slug}/edit`,
      `/en/manage/colombo-process/activities/${activity.slug}/hosts`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText("Hosts-only marker activity")).toHaveCount(0);
    }
    // Its own activities page does not list it either.
    await page.goto("/en/manage/colombo-process/activities");
    await expect(page.getByText("Hosts-only marker activity")).toHaveCount(0);
  });
});
