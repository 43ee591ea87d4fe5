// Registration end to end: a joint Bali–Budapest workshop opens registration with approval and a
// seat quota per host; Bali registers two delegates on their behalf; Budapest approves its own
// nominee but not Bali's; the activity fills and the next person is waitlisted; a delegate
// withdraws from the link in their email and the first in line is promoted; hosts export the CSV
// and read it back; a Colombo editor sees no one's personal data.
// The mails are read from the test's SMTP server, to which the app's job queue delivers them.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { e2eDb } from "./support/e2e-db";
import { latestMailTo, mailsTo } from "./support/mailbox";

const DAY = 24 * 60 * 60 * 1000;

async function jointWorkshop() {
  const db = e2eDb();
  const [bali, budapest] = await Promise.all(
    ["bali-process", "budapest-process"].map((slug) =>
      db.rcp.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
    ),
  );
  const id = randomUUID().slice(0, 8);
  const start = new Date(Date.now() + 40 * DAY);
  start.setUTCHours(0, 0, 0, 0);
  const activity = await db.activity.create({
    data: {
      slug: `e2e-joint-workshop-${id}`,
      title: { en: `Joint workshop on labour mobility ${id}` },
      kind: "WORKSHOP",
      startDate: start,
      startPrecision: "DAY",
      timeZone: "Asia/Makassar",
      location: "Denpasar",
      visibility: "PUBLIC",
      rcps: {
        create: [
          { rcpId: bali!.id, status: "ACCEPTED" },
          { rcpId: budapest!.id, status: "ACCEPTED" },
        ],
      },
    },
    select: { id: true, slug: true },
  });
  return { activity, bali: bali!, budapest: budapest! };
}

const person = (label: string) => {
  const id = randomUUID().slice(0, 8);
  return { name: `${label} ${id}`, email: `delegate-${id}@example.gov` };
};

async function registerOnBehalf(
  page: Page,
  path: string,
  who: { name: string; email: string; representing?: string; organisation?: string },
) {
  await page.goto(path);
  await page.getByLabel("Full name").fill(who.name);
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByLabel("Country").selectOption("ID");
  await page.getByLabel("Role or position").fill("Labour attaché");
  // Chosen from the hosts' members, or typed when not among them.
  if (who.representing) {
    await page
      .getByLabel("From the hosts' member governments and organisations")
      .selectOption({ label: who.representing });
  }
  if (who.organisation) await page.getByLabel("Or, if not in the list, type it").fill(who.organisation);
  await page.getByRole("button", { name: "Register", exact: true }).click();
}

/** The private link in the last mail an address received. */
async function linkMailedTo(email: string): Promise<string> {
  const mail = await latestMailTo(email);
  const match = /\/(en|fr|es)\/registration\/[A-Za-z0-9_-]{43}/.exec(mail.text);
  if (!match) throw new Error(`No registration link in the mail to ${email}`);
  return match[0];
}

test("the joint workshop's registration, from opening to the CSV", async ({ page, loginAs, visit }) => {
  test.setTimeout(180_000);
  const { activity, bali, budapest } = await jointWorkshop();
  const manage = (rcp: string) => `/en/manage/${rcp}/activities/${activity.slug}`;

  // A Bali editor opens registration: approval, 3 seats, 2 for Bali's nominees and 1 for Budapest's.
  await loginAs("editor", { rcpSlug: "bali-process" });
  await visit(`${manage("bali-process")}/registration`);
  await page.getByLabel("Approval required").check();
  await page.getByLabel("Seats", { exact: true }).fill("3");
  await page.locator(`#quota-${bali.id}`).fill("2");
  await page.locator(`#quota-${budapest.id}`).fill("1");
  await expect(page.getByText("No shared seats.")).toBeVisible();
  await page.getByLabel("Role or position").selectOption("REQUIRED");
  await page.getByLabel("Government or organisation").selectOption("ASKED");
  // A quota sum above the capacity is refused on the field, nothing saved.
  await page.locator(`#quota-${budapest.id}`).fill("2");
  await page.getByRole("button", { name: "Open registration" }).click();
  await expect(page.getByText("The quotas add up to more than the capacity.")).toBeVisible();
  expect(await e2eDb().registrationSettings.count({ where: { activityId: activity.id } })).toBe(0);
  await page.locator(`#quota-${budapest.id}`).fill("1");
  await page.getByRole("button", { name: "Open registration" }).click();
  await expect(page.getByText("The settings are saved.")).toBeVisible();

  // Bali registers two delegates on their behalf.
  const [first, second, waiting] = [person("Ayu"), person("Budi"), person("Citra")];
  await page.getByRole("link", { name: "See the participants" }).click();
  await expect(page.getByText("Nobody has registered yet.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Register someone" }).click();
  await expect(page).toHaveURL(new RegExp(`${manage("bali-process")}/participants/new$`));
  await visit(`${manage("bali-process")}/participants/new`);
  await registerOnBehalf(page, `${manage("bali-process")}/participants/new`, {
    ...first,
    representing: "Indonesia",
  });
  await expect(page.getByText(`${first.name} is registered and awaits the hosts’ approval`)).toBeVisible();
  await registerOnBehalf(page, `${manage("bali-process")}/participants/new`, {
    ...second,
    organisation: "Ministry of Manpower",
  });
  await expect(page.getByText(`${second.name} is registered and awaits`)).toBeVisible();
  // The same person twice: one registration and a clear refusal on the field.
  await registerOnBehalf(page, `${manage("bali-process")}/participants/new`, first);
  await expect(page.getByText("This person is already registered for this activity.")).toBeVisible();

  await visit(`${manage("bali-process")}/participants`);
  await expect(page.getByRole("rowheader", { name: new RegExp(second.name) })).toBeVisible();
  // The activity's page tells signed-in readers where registration stands.
  await visit(`/en/activities/${activity.slug}`);
  await expect(page.getByText("Registration is open until")).toBeVisible();
  await expect(page.getByText("1 seat left.")).toBeVisible();

  // A Budapest editor registers its own delegate, approves them, and cannot approve Bali's.
  const own = person("Dora");
  const budapestEditor = await loginAs("editor", { rcpSlug: "budapest-process", newContext: true });
  const other = budapestEditor.page;
  await registerOnBehalf(other, `${manage("budapest-process")}/participants/new`, own);
  await expect(other.getByText(`${own.name} is registered and awaits`)).toBeVisible();
  await other.goto(`${manage("budapest-process")}/participants`);
  await expect(other.getByRole("rowheader", { name: new RegExp(first.name) })).toBeVisible();
  await expect(other.getByRole("button", { name: `Approve ${first.name}` })).toHaveCount(0);
  await expect(other.getByRole("button", { name: `Approve ${second.name}` })).toHaveCount(0);
  await other.getByRole("button", { name: `Approve ${own.name}` }).click();
  await other.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
  await expect(other.getByRole("row", { name: new RegExp(own.name) }).getByText("Confirmed")).toBeVisible();

  // Full: the next of Bali's delegates goes on the waitlist.
  await registerOnBehalf(page, `${manage("bali-process")}/participants/new`, waiting);
  await expect(page.getByText(`The activity is full: ${waiting.name} is on the waitlist`)).toBeVisible();

  // The first delegate withdraws from the link in their email; the first in line is promoted.
  const link = await linkMailedTo(first.email);
  const delegate = await loginAs("anonymous", { newContext: true });
  const response = await delegate.page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(delegate.page.getByRole("heading", { name: "Status: Awaiting approval" })).toBeVisible();
  await expectNoAxeViolations(delegate.page);
  await delegate.page.getByRole("button", { name: "Withdraw" }).click();
  await delegate.page.getByRole("alertdialog").getByRole("button", { name: "Withdraw" }).click();
  await expect(delegate.page.getByRole("heading", { name: "Status: Withdrawn" })).toBeVisible();
  const promoted = await e2eDb().registration.findFirstOrThrow({
    where: { activityId: activity.id, email: waiting.email },
    select: { status: true },
  });
  expect(promoted.status).toBe("PENDING");
  await expect
    .poll(async () => (await mailsTo(waiting.email)).map((mail) => mail.subject), {
      message: `the promotion mail to ${waiting.email}`,
      timeout: 15_000,
    })
    .toContainEqual(expect.stringMatching(/^A seat is free for you/));

  // An unknown link: a clear page, status 404.
  const unknown = await delegate.page.goto(`/en/registration/${"x".repeat(43)}`);
  expect(unknown?.status()).toBe(404);
  await expect(
    delegate.page.getByRole("heading", { name: "This registration link does not work" }),
  ).toBeVisible();

  // Hosts export the CSV and read it back.
  await page.goto(`${manage("bali-process")}/participants`);
  await expect(
    page.getByRole("row", { name: new RegExp(waiting.name) }).getByText("Awaiting approval"),
  ).toBeVisible();
  // The printable list: on paper, the list without the site's header or the buttons.
  const siteHeader = page.locator("body > header");
  await expect(siteHeader).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(siteHeader).toBeHidden();
  await expect(page.getByRole("button", { name: "Print the list" })).toBeHidden();
  await expect(page.getByRole("rowheader", { name: new RegExp(waiting.name) })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  const csvHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  const rows: string[][] = parse(await csv.text(), { bom: true });
  expect(rows[0]?.slice(0, 3)).toEqual(["Name", "Email", "Status"]);
  const statusOf = new Map(rows.slice(1).map((row) => [row[0], row[2]]));
  const representing = new Map(rows.slice(1).map((row) => [row[0], row[3]]));
  expect([representing.get(first.name), representing.get(second.name)]).toEqual([
    "Indonesia",
    "Ministry of Manpower",
  ]);
  expect(Object.fromEntries(statusOf)).toEqual({
    [first.name]: "Withdrawn",
    [second.name]: "Awaiting approval",
    [own.name]: "Confirmed",
    [waiting.name]: "Awaiting approval",
  });

  // Lowering the capacity below the seats taken is refused on the field, in the editor's words.
  await page.goto(`${manage("bali-process")}/registration`);
  await page.getByLabel("Seats", { exact: true }).fill("1");
  await page.locator(`#quota-${bali.id}`).fill("");
  await page.locator(`#quota-${budapest.id}`).fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The capacity cannot be lower than the seats already taken")).toBeVisible();
  const kept = await e2eDb().registrationSettings.findUniqueOrThrow({ where: { activityId: activity.id } });
  expect([kept.capacity, kept.version]).toEqual([3, 1]);

  // A Colombo editor sees counts at most: no names on the activity page, none in their list or file.
  const colombo = await loginAs("editor", { rcpSlug: "colombo-process", newContext: true });
  await colombo.page.goto(`/en/activities/${activity.slug}`);
  await expect(colombo.page.getByRole("heading", { name: "Registration" })).toBeVisible();
  await expect(colombo.page.getByText("Full: new registrations go on the waitlist")).toBeVisible();
  await expectNoAxeViolations(colombo.page);
  await colombo.page.goto(`/en/manage/colombo-process/activities/${activity.slug}/participants`);
  const colomboCsv = await colombo.page.request.get(`/api/registrations/${activity.id}/participants.csv`);
  const colomboText = (await colombo.page.content()) + (await colomboCsv.text());
  for (const who of [first, second, own, waiting]) {
    expect(colomboText).not.toContain(who.name);
    expect(colomboText).not.toContain(who.email);
  }
});

test("staff register themselves on the activity's page; a delegate changes answers and undoes a withdrawal from their link", async ({
  page,
  loginAs,
  visit,
}) => {
  test.setTimeout(120_000);
  const { activity } = await jointWorkshop();
  await e2eDb().registrationSettings.create({
    data: {
      activityId: activity.id,
      mode: "OPEN",
      capacity: 5,
      opensAt: new Date(Date.now() - 60 * 60 * 1000),
      closesAt: new Date(Date.now() + 10 * DAY),
      questions: ["ROLE", "DIETARY_NEEDS"],
      requiredQuestions: ["ROLE"],
    },
  });

  // A Bali viewer registers themselves: the required question is asked for before anything is sent.
  await loginAs("viewer", { rcpSlug: "bali-process" });
  await visit(`/en/activities/${activity.slug}`);
  await expect(page.getByText("5 seats left.")).toBeVisible();
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page.getByText("This question is required.")).toBeVisible();
  await page.getByLabel("Role or position").fill("Programme officer");
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page.getByText("Your registration: Confirmed.")).toBeVisible();
  await expect(page.getByText("4 seats left.")).toBeVisible();
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("Your registration: Withdrawn.")).toBeVisible();
  await page.getByRole("button", { name: "Undo my withdrawal" }).click();
  await expect(page.getByText("Your registration: Confirmed.")).toBeVisible();
  await visit("/en/manage");
  await expect(page.getByRole("heading", { name: "Your registrations" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Joint workshop on labour mobility/ })).toBeVisible();

  // A delegate registered by a Bali editor changes an answer and undoes a withdrawal from their link.
  const editor = await loginAs("editor", { rcpSlug: "bali-process", newContext: true });
  const who = person("Eka");
  await registerOnBehalf(
    editor.page,
    `/en/manage/bali-process/activities/${activity.slug}/participants/new`,
    who,
  );
  await expect(editor.page.getByText(`${who.name} is registered and confirmed`)).toBeVisible();
  const delegate = await loginAs("anonymous", { newContext: true });
  await delegate.page.goto(await linkMailedTo(who.email));
  await delegate.page.getByLabel("Dietary needs").fill("Vegetarian");
  await delegate.page.getByRole("button", { name: "Save my answers" }).click();
  await expect(delegate.page.getByText("Your answers are saved.")).toBeVisible();
  await delegate.page.getByRole("button", { name: "Withdraw" }).click();
  await delegate.page.getByRole("alertdialog").getByRole("button", { name: "Withdraw" }).click();
  await expect(delegate.page.getByRole("heading", { name: "Status: Withdrawn" })).toBeVisible();
  await delegate.page.getByRole("button", { name: "Undo my withdrawal" }).click();
  await expect(delegate.page.getByRole("heading", { name: "Status: Confirmed" })).toBeVisible();
  const stored = await e2eDb().registration.findFirstOrThrow({
    where: { activityId: activity.id, email: who.email },
    select: { status: true, dietaryNeeds: true },
  });
  expect(stored).toEqual({ status: "CONFIRMED", dietaryNeeds: "Vegetarian" });
});
