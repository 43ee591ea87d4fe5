// Follows and in-app notifications through the router: following (unknown targets, twice), the
// unread count and marking read (one, all, what comes after), and which events reach whom by tier.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import type { TSessionUser } from "~/server/auth/session";
import { recordPeerEvents, type TPeerEventInput } from "~/server/peer-event/record";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";
import { errorOf } from "../support/trpc-error";

const as = (user: TSessionUser | null) => callerFor(user);

async function follows(userId: string) {
  return testDb().follow.findMany({ where: { userId }, select: { targetType: true, targetId: true } });
}

async function createTheme() {
  const id = randomUUID().slice(0, 8);
  return testDb().theme.create({
    data: { slug: `test-theme-${id}`, label: { en: `Theme ${id}`, fr: `Thème ${id}` } },
    select: { id: true, slug: true },
  });
}

/** An event of `rcp`, done by someone else than the readers of these tests unless said. */
async function record(event: Partial<TPeerEventInput> & { rcpId: string }) {
  const actor = event.actorId === undefined ? (await createUser()).id : event.actorId;
  await recordPeerEvents(testDb(), [{ kind: "PRIORITIES_CHANGED", rcpIds: [], ...event, actorId: actor }]);
  const last = await testDb().peerEvent.findFirst({ where: { rcpId: event.rcpId }, orderBy: { id: "desc" } });
  return last!.id.toString();
}

describe("follow", () => {
  it("adds, lists in the reader's language, and removes a process, a theme and a country", async () => {
    const user = await createUser();
    const [rcp, theme] = await Promise.all([createRcp({ shortName: "Follow Test Process" }), createTheme()]);
    await as(user).follow.add({ targetType: "RCP", targetId: rcp.id });
    await as(user).follow.add({ targetType: "THEME", targetId: theme.id });
    await as(user).follow.add({ targetType: "COUNTRY", targetId: "th" });
    const listed = await as(user).follow.list({ locale: "fr" });
    expect(
      listed.map(({ targetType, targetId, name, path }) => ({ targetType, targetId, name, path })),
    ).toEqual([
      { targetType: "COUNTRY", targetId: "TH", name: "Thaïlande", path: "/countries/TH" },
      { targetType: "RCP", targetId: rcp.id, name: "Follow Test Process", path: `/rcps/${rcp.slug}` },
      {
        targetType: "THEME",
        targetId: theme.id,
        name: expect.stringMatching(/^Thème /) as string,
        path: `/activities?theme=${theme.slug}`,
      },
    ]);
    await as(user).follow.remove({ targetType: "COUNTRY", targetId: "TH" });
    await as(user).follow.remove({ targetType: "RCP", targetId: rcp.id });
    expect(await follows(user.id)).toEqual([{ targetType: "THEME", targetId: theme.id }]);
  });

  it("adding twice, even at once, stores one follow", async () => {
    const user = await createUser();
    const rcp = await createRcp();
    const input = { targetType: "RCP" as const, targetId: rcp.id };
    await Promise.all([as(user).follow.add(input), as(user).follow.add(input)]);
    await as(user).follow.add(input);
    expect(await follows(user.id)).toHaveLength(1);
  });

  it("refuses an unknown or archived target with a reason the client translates, storing nothing", async () => {
    const user = await createUser();
    const archived = await createRcp();
    await testDb().rcp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    for (const input of [
      { targetType: "RCP" as const, targetId: "no-such-rcp" },
      { targetType: "RCP" as const, targetId: archived.id },
      { targetType: "THEME" as const, targetId: "no-such-theme" },
      { targetType: "COUNTRY" as const, targetId: "XX" },
      { targetType: "COUNTRY" as const, targetId: "THA" },
    ]) {
      const error = await errorOf(as(user).follow.add(input));
      expect([input, error.code, error.message]).toEqual([input, "BAD_REQUEST", "unknownFollowTarget"]);
    }
    const malformed = await errorOf(as(user).follow.add({ targetType: "RCP", targetId: "a\u0000b" }));
    expect(malformed.code).toBe("BAD_REQUEST");
    expect(await follows(user.id)).toEqual([]);
  });

  it("offers every process shown, theme and country to follow, named in the reader's language", async () => {
    const user = await createUser();
    const [shown, archived] = await Promise.all([createRcp(), createRcp()]);
    await testDb().rcp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const choices = await as(user).follow.listChoices({ locale: "es" });
    const ids = (type: string) => choices.filter((c) => c.targetType === type).map((c) => c.targetId);
    expect(ids("RCP")).toContain(shown.id);
    expect(ids("RCP")).not.toContain(archived.id);
    expect(ids("THEME").length).toBeGreaterThan(0);
    expect(choices.find((c) => c.targetType === "COUNTRY" && c.targetId === "MX")?.name).toBe("México");
    // Each choice is one follow.add accepts.
    const country = choices.find((c) => c.targetType === "COUNTRY")!;
    await as(user).follow.add({ targetType: country.targetType, targetId: country.targetId });
  });

  it("is for signed-in people only", async () => {
    expect((await errorOf(as(null).follow.list({ locale: "en" }))).code).toBe("UNAUTHORIZED");
  });
});

describe("notifications", () => {
  it("counts what follows bring since following, not one's own doing, and marks one or all read", async () => {
    const reader = await createUser();
    const rcp = await createRcp();
    const before = await record({ rcpId: rcp.id });
    await testDb().peerEvent.findUniqueOrThrow({ where: { id: BigInt(before) } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await as(reader).follow.add({ targetType: "RCP", targetId: rcp.id });
    expect(await as(reader).notification.unreadCount()).toEqual({ count: 0, isMore: false });

    const first = await record({ rcpId: rcp.id, kind: "MEMBERSHIP_CHANGED" });
    const second = await record({ rcpId: rcp.id });
    await record({ rcpId: rcp.id, actorId: reader.id });
    await record({ rcpId: rcp.id, actorId: null });
    expect(await as(reader).notification.unreadCount()).toEqual({ count: 3, isMore: false });

    await as(reader).notification.markRead({ eventId: first });
    await as(reader).notification.markRead({ eventId: first });
    expect(await as(reader).notification.unreadCount()).toEqual({ count: 2, isMore: false });
    const page = await as(reader).notification.list();
    expect(page.items.map((item) => [item.id === first, item.isRead])).toEqual([
      [false, false],
      [false, false],
      [true, true],
    ]);
    expect(page.items.map((item) => item.id)).not.toContain(before);
    // Worded as the feed words it, even without the details of who joined or left.
    expect(page.items[2]?.sentence.map((segment) => segment.text).join("")).toMatch(
      / updated its membership\.$/,
    );

    // Someone else's event, or one from before following, is not the reader's to mark.
    expect((await errorOf(as(reader).notification.markRead({ eventId: before }))).code).toBe("NOT_FOUND");

    await as(reader).notification.markAllRead();
    expect(await as(reader).notification.unreadCount()).toEqual({ count: 0, isMore: false });
    expect((await as(reader).notification.list()).items.every((item) => item.isRead)).toBe(true);
    // The single reads the watermark now covers are gone. (Events newer than the bound, which
    // transactions other tests kept open can pull back, are read one by one instead.)
    const watermark = await testDb().notificationWatermark.findUniqueOrThrow({
      where: { userId: reader.id },
    });
    expect(watermark.readThroughAt).not.toBeNull();
    const covered = await testDb().notificationRead.count({
      where: {
        userId: reader.id,
        event: {
          id: { lte: watermark.readThroughId },
          createdAt: { lt: watermark.readThroughAt ?? undefined },
        },
      },
    });
    expect(covered).toBe(0);
    // Marking one already read changes nothing.
    const reads = await testDb().notificationRead.count({ where: { userId: reader.id } });
    await as(reader).notification.markRead({ eventId: second });
    expect(await testDb().notificationRead.count({ where: { userId: reader.id } })).toBe(reads);

    const after = await record({ rcpId: rcp.id });
    expect(await as(reader).notification.unreadCount()).toEqual({ count: 1, isMore: false });
    const newest = (await as(reader).notification.list()).items[0]!;
    expect([newest.id, newest.isRead]).toEqual([after, false]);
  });

  it("leaves unread an event committing after 'mark all read' with a lower id than one shown", async () => {
    const reader = await createUser();
    const rcp = await createRcp();
    await as(reader).follow.add({ targetType: "RCP", targetId: rcp.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const writer = new pg.Client({ connectionString: inject("databaseUrl") });
    await writer.connect();
    try {
      await writer.query("SET TIME ZONE 'UTC'");
      await writer.query("BEGIN");
      const inserted = await writer.query<{ id: string }>(
        `INSERT INTO "PeerEvent" ("kind", "rcpId", "rcpIds", "themeIds", "countryCodes")
         VALUES ('PRIORITIES_CHANGED', $1, ARRAY[$1], '{}', '{}') RETURNING "id"::text`,
        [rcp.id],
      );
      const late = inserted.rows[0]?.id ?? "";
      const shown = await record({ rcpId: rcp.id });
      expect(BigInt(late) < BigInt(shown)).toBe(true);
      await as(reader).notification.markAllRead();
      await writer.query("COMMIT");

      expect(await as(reader).notification.unreadCount()).toEqual({ count: 1, isMore: false });
      const items = (await as(reader).notification.list()).items;
      expect(items.map((item) => [item.id, item.isRead])).toEqual([
        [shown, true],
        [late, false],
      ]);
    } finally {
      await writer.end();
    }
  });

  it("brings events by theme and country, pages newest first, and says 99+ beyond 99", async () => {
    const reader = await createUser();
    const [rcp, theme] = await Promise.all([createRcp(), createTheme()]);
    await as(reader).follow.add({ targetType: "THEME", targetId: theme.id });
    await as(reader).follow.add({ targetType: "COUNTRY", targetId: "MA" });
    const actorId = (await createUser()).id;
    const events = Array.from({ length: 105 }, (_, index): TPeerEventInput => ({
      kind: "ACTIVITY_POSTED",
      actorId,
      rcpId: rcp.id,
      rcpIds: [],
      ...(index % 2 === 0 ? { themeIds: [theme.id] } : { countryCodes: ["MA"] }),
    }));
    await recordPeerEvents(testDb(), events);
    await recordPeerEvents(testDb(), [
      { kind: "ACTIVITY_POSTED", actorId, rcpId: rcp.id, rcpIds: [], countryCodes: ["FR"] },
    ]);
    expect(await as(reader).notification.unreadCount()).toEqual({ count: 99, isMore: true });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as(reader).notification.list({ limit: 50, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(105);
    expect([...seen].sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : -1))).toEqual(seen);
  });

  it("refuses malformed ids and the anonymous", async () => {
    const reader = await createUser();
    for (const eventId of ["0", "-1", "abc", "1".repeat(19)]) {
      expect((await errorOf(as(reader).notification.markRead({ eventId }))).code).toBe("BAD_REQUEST");
    }
    expect((await errorOf(as(reader).notification.markRead({ eventId: "999999999999" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await errorOf(as(null).notification.unreadCount())).code).toBe("UNAUTHORIZED");
  });
});

describe("notifications by tier", () => {
  type TActor = "otherEditor" | "otherViewer" | "hostEditor" | "hostViewer" | "coHost" | "admin";
  const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
  const SEES: Record<(typeof TIERS)[number], Record<TActor, boolean>> = {
    PUBLIC: {
      otherEditor: true,
      otherViewer: true,
      hostEditor: true,
      hostViewer: true,
      coHost: true,
      admin: true,
    },
    ALL_SECRETARIATS: {
      otherEditor: true,
      otherViewer: true,
      hostEditor: true,
      hostViewer: true,
      coHost: true,
      admin: true,
    },
    HOSTS: {
      otherEditor: false,
      otherViewer: false,
      hostEditor: true,
      hostViewer: true,
      coHost: true,
      admin: true,
    },
  };

  async function scene() {
    const [host, coHost, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    const actors: Record<TActor, TSessionUser> = {
      otherEditor: await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
      otherViewer: await createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
      hostEditor: await createUser({ staff: [{ rcpId: host.id, role: "EDITOR" }] }),
      hostViewer: await createUser({ staff: [{ rcpId: host.id, role: "VIEWER" }] }),
      coHost: await createUser({ staff: [{ rcpId: coHost.id, role: "EDITOR" }] }),
      admin: await createUser({ platformRole: "ADMIN" }),
    };
    for (const user of Object.values(actors))
      await as(user).follow.add({ targetType: "RCP", targetId: host.id });
    return { host, coHost, actors };
  }

  it("shows each actor the activities' and documents' events of the tiers they may see, and counts only those", async () => {
    const { host, coHost, actors } = await scene();
    const markers = new Map<string, (typeof TIERS)[number]>();
    const RANK = { PUBLIC: 0, ALL_SECRETARIATS: 1, HOSTS: 2 } as const;
    for (const tier of TIERS) {
      const marker = `notification-marker-${tier}-${randomUUID()}`;
      const activity = await createActivityRecord({
        hostRcpIds: [host.id, coHost.id],
        visibility: tier,
        title: marker,
      });
      markers.set(marker, tier);
      await record({
        rcpId: host.id,
        kind: "ACTIVITY_POSTED",
        activityId: activity.id,
        rcpIds: [host.id, coHost.id],
      });
      for (const documentTier of TIERS) {
        const documentMarker = `notification-document-${tier}-${documentTier}-${randomUUID()}`;
        const document = await createDocumentRecord({
          activityId: activity.id,
          visibility: documentTier,
          title: documentMarker,
        });
        markers.set(documentMarker, RANK[documentTier] > RANK[tier] ? documentTier : tier);
        await record({
          rcpId: host.id,
          kind: "DOCUMENT_PUBLISHED",
          activityId: activity.id,
          documentId: document.id,
          rcpIds: [host.id, coHost.id],
        });
      }
    }
    for (const [actor, user] of Object.entries(actors) as [TActor, TSessionUser][]) {
      const items = (await as(user).notification.list({ limit: 50 })).items;
      const shown = items.map((item) => item.sentence.map((segment) => segment.text).join("")).join("\n");
      for (const [marker, tier] of markers) {
        expect([actor, marker, shown.includes(marker)]).toEqual([actor, marker, SEES[tier][actor]]);
      }
      const expected = [...markers.values()].filter((tier) => SEES[tier][actor]).length;
      expect([actor, (await as(user).notification.unreadCount()).count]).toEqual([actor, expected]);
    }
  });

  it("drops an event from the count when its activity becomes hidden from the reader, and archived processes' events", async () => {
    const { host, actors } = await scene();
    const activity = await createActivityRecord({ hostRcpIds: [host.id], visibility: "PUBLIC" });
    await record({ rcpId: host.id, kind: "ACTIVITY_POSTED", activityId: activity.id, rcpIds: [host.id] });
    expect((await as(actors.otherViewer).notification.unreadCount()).count).toBe(1);
    await testDb().activity.update({ where: { id: activity.id }, data: { visibility: "HOSTS" } });
    expect((await as(actors.otherViewer).notification.unreadCount()).count).toBe(0);
    expect((await as(actors.otherViewer).notification.list()).items).toEqual([]);
    expect((await as(actors.hostViewer).notification.unreadCount()).count).toBe(1);
    // Marking it read is refused to whoever may no longer see it.
    const eventId = (
      await testDb().peerEvent.findFirstOrThrow({ where: { activityId: activity.id } })
    ).id.toString();
    expect((await errorOf(as(actors.otherViewer).notification.markRead({ eventId }))).code).toBe("NOT_FOUND");

    await testDb().rcp.update({ where: { id: host.id }, data: { archivedAt: new Date() } });
    expect((await as(actors.hostViewer).notification.unreadCount()).count).toBe(0);
  });
});
