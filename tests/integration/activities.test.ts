import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { canSeeActivity } from "~/server/activity/policy";
import { loadAccess } from "~/server/user/access";
import { testDb } from "../support/db";
import {
  ACTORS,
  activityFields,
  callerFor,
  createActivityRecord,
  createCast,
  createRcp,
  createUser,
  type TActor,
} from "../support/factories";
import { errorOf } from "../support/trpc-error";

async function hostEditor() {
  const rcp = await createRcp();
  const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
  return { rcp, editor, caller: callerFor(editor) };
}

const activityState = (id: string) =>
  testDb().activity.findUnique({ where: { id }, include: { themes: true, rcps: true } });

describe("who sees an activity, per tier", () => {
  // Each tier's activity carries a marker of its own; every actor reads every surface of this
  // procedure family, and a marker shows exactly where its tier allows.
  const SEES: Record<
    "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS",
    Record<TActor | "cohost" | "invited", boolean>
  > = {
    PUBLIC: {
      anonymous: true,
      outsider: true,
      viewer: true,
      editor: true,
      admin: true,
      cohost: true,
      invited: true,
    },
    ALL_SECRETARIATS: {
      anonymous: false,
      outsider: true,
      viewer: true,
      editor: true,
      admin: true,
      cohost: true,
      invited: true,
    },
    HOSTS: {
      anonymous: false,
      outsider: false,
      viewer: true,
      editor: true,
      admin: true,
      cohost: true,
      invited: false,
    },
  };

  it("holds on the activity, the list and the timeline for every actor", async () => {
    const cast = await createCast();
    const cohostRcp = await createRcp();
    const invitedRcp = await createRcp();
    const users = {
      ...cast.users,
      cohost: await createUser({ staff: [{ rcpId: cohostRcp.id, role: "VIEWER" }] }),
      invited: await createUser({ staff: [{ rcpId: invitedRcp.id, role: "EDITOR" }] }),
    };
    const tiers = Object.keys(SEES) as (keyof typeof SEES)[];
    const markers = Object.fromEntries(
      tiers.map((tier) => [tier, `marker-${tier}-${randomUUID().slice(0, 8)}`]),
    );
    const records = new Map<string, { slug: string }>();
    for (const tier of tiers) {
      const record = await createActivityRecord({
        hostRcpIds: [cast.rcp.id, cohostRcp.id],
        invitedRcpIds: [invitedRcp.id],
        visibility: tier,
        title: markers[tier],
        startDate: new Date("2031-03-03T00:00:00Z"),
      });
      records.set(tier, record);
    }
    for (const [actor, user] of Object.entries(users) as [
      TActor | "cohost" | "invited",
      (typeof users)[TActor],
    ][]) {
      const caller = callerFor(user);
      const list = JSON.stringify(
        await caller.activity.list({ when: "upcoming", from: "2031-03-03", to: "2031-03-03" }),
      );
      const timeline = JSON.stringify(await caller.activity.listTimeline());
      for (const tier of tiers) {
        const may = SEES[tier][actor];
        expect(list.includes(markers[tier]!), `${actor} on the list, ${tier}`).toBe(may);
        // The timeline is a public page: public activities only, whoever asks.
        expect(timeline.includes(markers[tier]!), `${actor} on the timeline, ${tier}`).toBe(
          tier === "PUBLIC",
        );
        // The rule on one activity (deciding who may manage it) agrees with the database filter.
        const access = user ? await loadAccess(testDb(), user.id) : null;
        const audience = { visibility: tier, hostRcpIds: [cast.rcp.id, cohostRcp.id] };
        expect(canSeeActivity(access, audience), `${actor} by the rule, ${tier}`).toBe(may);
        const read = caller.activity.get({ slug: records.get(tier)?.slug ?? "" });
        if (may) expect(JSON.stringify(await read)).toContain(markers[tier]);
        else expect((await errorOf(read)).code, `${actor} reading ${tier}`).toBe("NOT_FOUND");
      }
    }
    expect(ACTORS.every((actor) => actor in users)).toBe(true);
  });

  it("names who last changed it to secretariats only", async () => {
    const { rcp, caller } = await hostEditor();
    const created = await caller.activity.create({ rcpId: rcp.id, activity: activityFields() });
    const asPeer = await callerFor(
      await createUser({ staff: [{ rcpId: (await createRcp()).id, role: "VIEWER" }] }),
    ).activity.get({ slug: created.slug });
    const asPublic = await callerFor(null).activity.get({ slug: created.slug });
    expect(asPeer.updatedByName).toMatch(/\S/);
    expect(asPublic.updatedByName).toBeNull();
    expect(asPeer.canManage).toBe(false);
  });
});

describe("activity.get, the way to manage it", () => {
  it("names the host each of its managers manages it from, and nothing to anyone else", async () => {
    const cast = await createCast();
    const coHost = await createRcp({ shortName: `AAA co-host ${randomUUID()}` });
    const coHostEditor = await createUser({ staff: [{ rcpId: coHost.id, role: "EDITOR" }] });
    const activity = await createActivityRecord({
      hostRcpIds: [cast.rcp.id, coHost.id],
      visibility: "PUBLIC",
    });
    const slugOf = async (id: string) =>
      (await testDb().rcp.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
    const expected: Record<TActor | "coHostEditor", string | null> = {
      anonymous: null,
      outsider: null,
      viewer: null,
      editor: await slugOf(cast.rcp.id),
      coHostEditor: await slugOf(coHost.id),
      // The first host by name ("AAA…" sorts first).
      admin: await slugOf(coHost.id),
    };
    const users = { ...cast.users, coHostEditor };
    for (const [actor, slug] of Object.entries(expected)) {
      const read = await callerFor(users[actor as keyof typeof users]).activity.get({ slug: activity.slug });
      expect(read.manageRcpSlug, actor).toBe(slug);
      expect(read.canManage, actor).toBe(slug !== null);
    }
  });
});

describe("activity.create", () => {
  it("stores the wall-clock time in its zone as the instant it names, and gives it back as entered", async () => {
    const { rcp, caller } = await hostEditor();
    const fields = activityFields({
      startTime: "09:30",
      timeZone: "Asia/Bangkok",
      themes: ["labour-migration"],
    });
    const themes = await testDb().theme.findMany({ take: 1, select: { slug: true } });
    const created = await caller.activity.create({
      rcpId: rcp.id,
      activity: { ...fields, themes: themes.map((t) => t.slug) },
    });
    const row = await activityState(created.id);
    expect(row?.startsAt?.toISOString()).toBe("2030-05-12T02:30:00.000Z");
    expect(row?.rcps).toEqual([expect.objectContaining({ rcpId: rcp.id, status: "ACCEPTED" })]);
    const editable = await caller.activity.getEditable({ activityId: created.id });
    expect(editable.fields).toEqual({ ...fields, themes: themes.map((t) => t.slug) });
    const audit = await testDb().auditLog.findMany({ where: { targetId: created.id } });
    expect(audit.map((entry) => entry.action)).toEqual(["activity.create"]);
  });

  it.each([
    ["an end before the start", { endDate: "2030-05-11" }, "endDate"],
    ["an end time before the start on one day", { endDate: "2030-05-12", endTime: "08:00" }, "endTime"],
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["no title in any language", { title: { en: "", fr: "" } }, "title"],
    ["no place and not online", { location: "", countryCode: "", isOnline: false }, "location"],
    ["a time on a partial date", { startDate: "2030-05", endDate: "" }, "startDate"],
  ])("refuses %s on its field, creating nothing", async (_, change, field) => {
    const { rcp, caller } = await hostEditor();
    const error = await errorOf(caller.activity.create({ rcpId: rcp.id, activity: activityFields(change) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect((error.cause as ZodError).issues.map((issue) => issue.path.at(-1))).toContain(field);
    expect(await testDb().activity.count({ where: { rcps: { some: { rcpId: rcp.id } } } })).toBe(0);
  });

  it("refuses a theme the taxonomy does not hold, creating nothing", async () => {
    const { rcp, caller } = await hostEditor();
    const error = await errorOf(
      caller.activity.create({ rcpId: rcp.id, activity: activityFields({ themes: ["no-such-theme"] }) }),
    );
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "unknownTheme"]);
    expect(await testDb().activity.count({ where: { rcps: { some: { rcpId: rcp.id } } } })).toBe(0);
  });
});

describe("activity.update", () => {
  it("saves on the current version and refuses a stale one with what is there now, changing nothing", async () => {
    const { rcp, caller } = await hostEditor();
    const { id } = await caller.activity.create({ rcpId: rcp.id, activity: activityFields() });
    await caller.activity.update({
      activityId: id,
      version: 1,
      activity: activityFields({ location: "Chiang Mai" }),
    });
    const before = await activityState(id);
    const error = await errorOf(
      caller.activity.update({
        activityId: id,
        version: 1,
        activity: activityFields({ location: "Phuket" }),
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await activityState(id)).toEqual(before);
    expect(before?.location).toBe("Chiang Mai");
    expect(before?.version).toBe(2);
  });

  it("lets one of two simultaneous saves of one version through", async () => {
    const { rcp, caller } = await hostEditor();
    const { id } = await caller.activity.create({ rcpId: rcp.id, activity: activityFields() });
    const results = await Promise.allSettled(
      ["Chiang Mai", "Phuket"].map((location) =>
        caller.activity.update({ activityId: id, version: 1, activity: activityFields({ location }) }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await activityState(id))?.version).toBe(2);
  });

  it("refuses to edit a cancelled activity until it is restored", async () => {
    const { rcp, caller } = await hostEditor();
    const { id } = await caller.activity.create({ rcpId: rcp.id, activity: activityFields() });
    await caller.activity.setStatus({ activityId: id, version: 1, status: "CANCELLED" });
    const error = await errorOf(
      caller.activity.update({ activityId: id, version: 2, activity: activityFields() }),
    );
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "activityCancelled"]);
    await caller.activity.setStatus({ activityId: id, version: 2, status: "SCHEDULED" });
    await caller.activity.update({
      activityId: id,
      version: 3,
      activity: activityFields({ location: "Hanoi" }),
    });
    const audit = await testDb().auditLog.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "activity.create",
      "activity.cancel",
      "activity.restore",
      "activity.update",
    ]);
  });

  it("is for editors of an accepted host: a co-host only invited, or a host's viewer, is refused", async () => {
    const { rcp, caller } = await hostEditor();
    const invited = await createRcp();
    const { id } = await caller.activity.create({
      rcpId: rcp.id,
      activity: activityFields({ visibility: "ALL_SECRETARIATS" }),
    });
    await testDb().activityRcp.create({ data: { activityId: id, rcpId: invited.id, status: "INVITED" } });
    const invitedEditor = callerFor(await createUser({ staff: [{ rcpId: invited.id, role: "EDITOR" }] }));
    const hostViewer = callerFor(await createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }));
    for (const other of [invitedEditor, hostViewer]) {
      const error = await errorOf(
        other.activity.update({ activityId: id, version: 1, activity: activityFields() }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect((await activityState(id))?.version).toBe(1);
  });
});

describe("activity.delete", () => {
  it("deletes the version it was shown, keeps a record in the audit log, and refuses a changed one", async () => {
    const { rcp, caller } = await hostEditor();
    const { id } = await caller.activity.create({ rcpId: rcp.id, activity: activityFields() });
    await caller.activity.setStatus({ activityId: id, version: 1, status: "POSTPONED" });
    expect((await errorOf(caller.activity.delete({ activityId: id, version: 1 }))).code).toBe("CONFLICT");
    await caller.activity.delete({ activityId: id, version: 2 });
    expect(await activityState(id)).toBeNull();
    const entry = await testDb().auditLog.findFirst({ where: { targetId: id, action: "activity.delete" } });
    expect(entry?.details).toMatchObject({ hosts: [rcp.id] });
  });
});

describe("activity.list", () => {
  it("pages through every match once, in date order, however the pages fall", async () => {
    const rcp = await createRcp();
    const dates = Array.from({ length: 45 }, (_, n) => new Date(Date.UTC(2032, 0, 1 + (n % 9))));
    await Promise.all(dates.map((startDate) => createActivityRecord({ hostRcpIds: [rcp.id], startDate })));
    const caller = callerFor(null);
    const seen: string[] = [];
    let cursor: { startDate: string; id: string } | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await caller.activity.list({ when: "upcoming", rcp: await rcpSlug(rcp.id), cursor });
      seen.push(...result.items.map((item) => `${item.startDate.toISOString()}|${item.id}`));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect([...seen].sort()).toEqual(seen);
  });

  it("counts what is under way as upcoming, before what is still to start, across the pages", async () => {
    const rcp = await createRcp();
    const day = (offset: number) => {
      const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
      return new Date(today.getTime() + offset * 86_400_000);
    };
    const underWay = await Promise.all(
      Array.from({ length: 25 }, (_, n) =>
        createActivityRecord({ hostRcpIds: [rcp.id], startDate: day(-30 + n), endDate: day(3) }),
      ),
    );
    const toCome = await Promise.all(
      Array.from({ length: 5 }, (_, n) => createActivityRecord({ hostRcpIds: [rcp.id], startDate: day(n) })),
    );
    const over = await Promise.all([
      createActivityRecord({ hostRcpIds: [rcp.id], startDate: day(-5), endDate: day(-1) }),
      createActivityRecord({ hostRcpIds: [rcp.id], startDate: day(-1) }),
    ]);
    const caller = callerFor(null);
    const slug = await rcpSlug(rcp.id);
    const first = await caller.activity.list({ when: "upcoming", rcp: slug });
    const second = await caller.activity.list({
      when: "upcoming",
      rcp: slug,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.nextCursor).toBeNull();
    const upcoming = [...first.items, ...second.items].map((item) => item.id);
    expect(upcoming).toEqual([...underWay, ...toCome].map((activity) => activity.id));
    const past = await caller.activity.list({ when: "past", rcp: slug });
    expect(past.items.map((item) => item.id)).toEqual([over[1].id, over[0].id]);
  });
});

const rcpSlug = async (id: string) =>
  (await testDb().rcp.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
