// What each activity row carries for the list's sake, kept true by the database whoever writes:
// the ids of its accepted hosts and of its themes ("hostRcpIds", "themeIds", which the tier rule
// and the process, region and theme filters read) and its length class ("spanClass", which bounds
// the "under way" part of the upcoming list).
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { SPAN_CLASS_CAPS } from "~/server/activity/span-class";
import { testDb } from "../support/db";
import { activityFields, callerFor, createActivityRecord, createRcp, createUser } from "../support/factories";

async function secretariat() {
  const rcp = await createRcp();
  const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
  return { rcp, editor, caller: callerFor(editor) };
}

/** The copies on the row, and what they copy, each as a sorted list. */
async function copiesOf(activityId: string) {
  const row = await testDb().activity.findUniqueOrThrow({
    where: { id: activityId },
    select: {
      hostRcpIds: true,
      themeIds: true,
      rcps: { where: { status: "ACCEPTED" }, select: { rcpId: true } },
      themes: { select: { themeId: true } },
    },
  });
  return {
    copied: { hosts: [...row.hostRcpIds].sort(), themes: [...row.themeIds].sort() },
    actual: {
      hosts: row.rcps.map((host) => host.rcpId).sort(),
      themes: row.themes.map((theme) => theme.themeId).sort(),
    },
  };
}

async function expectInStep(activityId: string, hosts: string[]) {
  const { copied, actual } = await copiesOf(activityId);
  expect(copied).toEqual(actual);
  expect(copied.hosts).toEqual([...hosts].sort());
  return copied;
}

describe("an activity's copies of its hosts and themes", () => {
  it("follow creation, invitations, answers, departures, theme edits and a removed process", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const late = await secretariat();
    const [first, second] = await testDb().theme.findMany({ orderBy: { slug: "asc" }, take: 2 });
    const themeIdsOf = async (id: string) => (await copiesOf(id)).copied.themes;
    const { id } = await owner.caller.activity.create({
      rcpId: owner.rcp.id,
      activity: activityFields({ themes: [first!.slug], visibility: "HOSTS" }),
    });
    await expectInStep(id, [owner.rcp.id]);
    expect(await themeIdsOf(id)).toEqual([first!.id]);

    // Invited is not hosting yet; accepting is.
    await owner.caller.coHost.invite({ activityId: id, rcpSlug: guest.rcp.slug });
    await owner.caller.coHost.invite({ activityId: id, rcpSlug: late.rcp.slug });
    await expectInStep(id, [owner.rcp.id]);
    await guest.caller.coHost.accept({ rcpId: guest.rcp.id, activityId: id });
    await expectInStep(id, [owner.rcp.id, guest.rcp.id]);
    await late.caller.coHost.decline({ rcpId: late.rcp.id, activityId: id });
    await expectInStep(id, [owner.rcp.id, guest.rcp.id]);

    const { version } = await testDb().activity.findUniqueOrThrow({
      where: { id },
      select: { version: true },
    });
    await guest.caller.activity.update({
      activityId: id,
      version,
      activity: activityFields({ themes: [second!.slug, first!.slug], visibility: "HOSTS" }),
    });
    expect(await themeIdsOf(id)).toEqual([first!.id, second!.id].sort());

    await owner.caller.coHost.leave({ rcpId: owner.rcp.id, activityId: id });
    await expectInStep(id, [guest.rcp.id]);
    // The guest's staff see it as hosts; the owner's, no longer.
    expect(await guest.caller.activity.get({ slug: await slugOf(id) })).toMatchObject({ id });
    expect(await owner.caller.activity.get({ slug: await slugOf(id) }).catch(() => null)).toBeNull();

    // Rows removed by the database itself (a process deleted, its hosting going with it).
    await testDb().rcp.delete({ where: { id: guest.rcp.id } });
    await expectInStep(id, []);
  });

  // Accepting updates a host row; adding inserts one, which also locks the activity's key for
  // its foreign key (why the copies are refreshed under a lock that does not wait for that one).
  const WRITES = {
    accepting: `UPDATE "ActivityRcp" SET status = 'ACCEPTED' WHERE "activityId" = $1 AND "rcpId" = $2`,
    adding: `INSERT INTO "ActivityRcp" ("activityId", "rcpId", status) VALUES ($1, $2, 'ACCEPTED')`,
  };
  it.each(Object.entries(WRITES))("hold both of two co-hosts %s at the same moment", async (how, sql) => {
    const owner = await secretariat();
    const [a, b] = await Promise.all([createRcp(), createRcp()]);
    const invited = how === "accepting" ? [a.id, b.id] : [];
    const activity = await createActivityRecord({ hostRcpIds: [owner.rcp.id], invitedRcpIds: invited });
    const [one, two] = [new pg.Client(databaseUrl()), new pg.Client(databaseUrl())];
    await Promise.all([one.connect(), two.connect()]);
    try {
      await one.query("BEGIN");
      await two.query("BEGIN");
      await one.query(sql, [activity.id, a.id]);
      // The second waits for the first's lock on the activity, then reads what the first wrote.
      const second = two.query(sql, [activity.id, b.id]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await one.query("COMMIT");
      await second;
      await two.query("COMMIT");
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
    await expectInStep(activity.id, [owner.rcp.id, a.id, b.id]);
  });
});

describe("an activity's length class", () => {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);

  it("lists every activity under way today first, however long it lasts, at each class's edge", async () => {
    const owner = await secretariat();
    const lengths = [1, ...SPAN_CLASS_CAPS.flatMap((cap) => [cap, cap + 1]), 3000];
    // Each ends today, so it started exactly its length ago: at the edge of its class's range.
    const underWay = [];
    for (const length of lengths) {
      underWay.push(
        await createActivityRecord({ hostRcpIds: [owner.rcp.id], startDate: day(-length), endDate: day(0) }),
      );
    }
    const classes = await testDb().activity.findMany({
      where: { id: { in: underWay.map((activity) => activity.id) } },
      select: { id: true, spanClass: true },
    });
    const classOf = (id: string) => classes.find((row) => row.id === id)?.spanClass;
    expect(underWay.map((activity) => classOf(activity.id))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    const toCome = await createActivityRecord({ hostRcpIds: [owner.rcp.id], startDate: day(1) });
    const page = await callerFor(null).activity.list({ when: "upcoming", rcp: owner.rcp.slug });
    expect(page.items.map((item) => item.id)).toEqual([...[...underWay].reverse(), toCome].map((a) => a.id));
  });

  it("follows an edit of the dates: a day-long activity made a year long is under way", async () => {
    const { rcp, editor, caller } = await secretariat();
    const { id } = await caller.activity.create({
      rcpId: rcp.id,
      activity: activityFields({
        startDate: iso(day(-300)),
        endDate: iso(day(-300)),
        startTime: "",
        endTime: "",
      }),
    });
    const upcoming = () => callerFor(editor).activity.list({ when: "upcoming", rcp: rcp.slug });
    expect((await upcoming()).items).toEqual([]);
    await caller.activity.update({
      activityId: id,
      version: 1,
      activity: activityFields({
        startDate: iso(day(-300)),
        endDate: iso(day(60)),
        startTime: "",
        endTime: "",
      }),
    });
    expect((await upcoming()).items.map((item) => item.id)).toEqual([id]);
    const { spanClass } = await testDb().activity.findUniqueOrThrow({
      where: { id },
      select: { spanClass: true },
    });
    expect(spanClass).toBe(2);
  });
});

const iso = (date: Date) => date.toISOString().slice(0, 10);
const databaseUrl = () => ({ connectionString: inject("databaseUrl") });
const slugOf = async (id: string) =>
  (await testDb().activity.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
