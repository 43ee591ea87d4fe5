// feed.list: what a secretariat sees of its peers (processes sharing member states or themes with
// its own) and of what it follows, why each item is shown, the filters and pages, and the tiers:
// an event shows only while its subject may be seen by the reader.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TSessionUser } from "~/server/auth/session";
import { testDb } from "../support/db";
import { callerFor, createActivityRecord, createRcp, createUser } from "../support/factories";
import {
  addMembers,
  addTheme,
  createTheme,
  EXPECTED_TIERS,
  follow,
  markerCast,
  postedActivity,
  recordEvent,
  TIERS,
} from "../support/peer-events";

const feedOf = (user: TSessionUser, input: Record<string, unknown> = {}) =>
  callerFor(user).feed.list({ locale: "en", limit: 50, ...input });

const textOf = (item: { sentence: { text: string }[] }) => item.sentence.map((s) => s.text).join("");

/** Two states no other test uses, so the overlap counts are this test's own. */
const STATES = ["TV", "NR", "KI"];

describe("the default feed of a secretariat", () => {
  it("shows its peers' events and its follows', each with why; not its own, not strangers'", async () => {
    const [mine, statePeer, themePeer, stranger, followed] = await Promise.all([
      createRcp({ shortName: `Mine ${randomUUID().slice(0, 6)}` }),
      createRcp({ shortName: "State peer" }),
      createRcp({ shortName: "Theme peer" }),
      createRcp({ shortName: "Stranger" }),
      createRcp({ shortName: "Followed" }),
    ]);
    const theme = await createTheme("Labour mobility");
    const followedTheme = await createTheme("Return migration");
    await addMembers(mine.id, STATES);
    await addMembers(statePeer.id, STATES.slice(0, 2));
    await addTheme(mine.id, theme.id);
    await addTheme(themePeer.id, theme.id);
    const reader = await createUser({ staff: [{ rcpId: mine.id, role: "VIEWER" }] });
    await follow(reader.id, "RCP", followed.id);
    await follow(reader.id, "THEME", followedTheme.id);

    for (const rcp of [mine, statePeer, themePeer, stranger, followed]) {
      await recordEvent({ kind: "PRIORITIES_CHANGED", rcpId: rcp.id });
    }
    // A stranger's activity on a theme the reader follows.
    await postedActivity({
      hostRcpIds: [stranger.id],
      visibility: "PUBLIC",
      title: "Workshop on return",
      themeIds: [followedTheme.id],
    });

    const { items, isEverything } = await feedOf(reader);
    expect(isEverything).toBe(false);
    const ours = items.filter((item) =>
      [mine, statePeer, themePeer, stranger, followed].some((rcp) =>
        item.sentence[0]?.href?.endsWith(rcp.slug),
      ),
    );
    expect(ours.map((item) => [textOf(item), item.reasons])).toEqual([
      ["Stranger posted Workshop on return (May 12, 2030).", ["You follow Return migration"]],
      ["Followed updated its priorities.", ["You follow Followed"]],
      [
        "Theme peer updated its priorities.",
        [expect.stringMatching(/^Shares 1 theme with your process Mine/)],
      ],
      [
        "State peer updated its priorities.",
        [expect.stringMatching(/^Shares 2 member states with your process Mine/)],
      ],
    ]);
    expect(ours[0]?.sentence[2]?.text).toBe("Workshop on return");
    expect(ours[0]?.sentence[2]?.href).toMatch(/^\/en\/activities\//);
  });

  it("an administrator and a person of no process see every visible event", async () => {
    const rcp = await createRcp();
    await recordEvent({ kind: "RCP_CREATED", rcpId: rcp.id });
    for (const user of [await createUser({ platformRole: "ADMIN" }), await createUser()]) {
      const page = await feedOf(user, { rcp: rcp.slug });
      expect(page.isEverything).toBe(true);
      expect(page.items.map(textOf)).toEqual([expect.stringMatching(/ joined RCP Exchange\.$/)]);
    }
  });
});

describe("filters and pages", () => {
  it("filters by process, theme, region and kind; pages on the event id without gaps or repeats", async () => {
    const rcp = await createRcp();
    const theme = await createTheme();
    const admin = await createUser({ platformRole: "ADMIN" });
    for (let i = 0; i < 5; i++) await recordEvent({ kind: "PRIORITIES_CHANGED", rcpId: rcp.id });
    await recordEvent({ kind: "RCP_CREATED", rcpId: rcp.id, themeIds: [theme.id] });

    const first = await feedOf(admin, { rcp: rcp.slug, limit: 4 });
    expect(first.items).toHaveLength(4);
    const second = await feedOf(admin, { rcp: rcp.slug, limit: 4, before: first.nextBefore });
    expect(second.items).toHaveLength(2);
    expect(second.nextBefore).toBeNull();
    const ids = [...first.items, ...second.items].map((item) => BigInt(item.id));
    expect(new Set(ids).size).toBe(6);
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);

    expect((await feedOf(admin, { theme: theme.slug })).items.map((item) => item.kind)).toEqual([
      "RCP_CREATED",
    ]);
    expect((await feedOf(admin, { rcp: rcp.slug, kind: "RCP_CREATED" })).items).toHaveLength(1);
    expect((await feedOf(admin, { rcp: rcp.slug, region: "AFRICA" })).items).toHaveLength(6);
    expect((await feedOf(admin, { rcp: rcp.slug, region: "EUROPE_FSU" })).items).toHaveLength(0);
    expect((await feedOf(admin, { rcp: "no-such-process" })).items).toHaveLength(0);
  });

  it("refuses malformed input with 400, and the anonymous with 401", async () => {
    const user = await createUser();
    for (const input of [
      { before: "0" },
      { before: "1; DROP TABLE" },
      { before: "9".repeat(30) },
      { rcp: "Not A Slug" },
      { kind: "EVERYTHING" },
      { region: "MARS" },
      { locale: "de" },
      { limit: 500 },
      { extra: true },
    ]) {
      await expect(feedOf(user, input), JSON.stringify(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(callerFor(null).feed.list({ locale: "en" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("tiers (markers)", () => {
  it("each actor sees exactly the tiers it may; a subject narrowed later leaves the feed", async () => {
    const { host, coHost, other, users } = await markerCast();
    const theme = await createTheme();
    const marker = randomUUID().slice(0, 8);
    const activities = new Map<string, { id: string }>();
    for (const tier of TIERS) {
      activities.set(
        tier,
        await postedActivity({
          hostRcpIds: [host.id, coHost.id],
          visibility: tier,
          title: `feed-marker-${marker}-${tier}`,
          themeIds: [theme.id],
        }),
      );
    }
    // A document of a public activity, narrower than it.
    const hostsOnly = await testDb().activityDocument.create({
      data: {
        activityId: activities.get("PUBLIC")?.id ?? "",
        kind: "REPORT",
        title: `feed-marker-${marker}-document-HOSTS`,
        language: "en",
        visibility: "HOSTS",
        storageKey: `activity-documents/${randomUUID()}`,
        originalName: "r.pdf",
        mediaType: "application/pdf",
        size: 1,
        sha256: "0".repeat(64),
      },
      select: { id: true },
    });
    await recordEvent({
      kind: "DOCUMENT_PUBLISHED",
      rcpId: host.id,
      activityId: activities.get("PUBLIC")?.id,
      documentId: hostsOnly.id,
      rcpIds: [host.id, coHost.id],
      themeIds: [theme.id],
    });

    const seen = async (actor: keyof typeof users) => {
      const user = users[actor];
      if (!user) return ["PUBLIC"]; // checked below: the anonymous get no feed at all
      await follow(user.id, "THEME", theme.id).catch(() => undefined);
      const { items } = await feedOf(user, { theme: theme.slug });
      const markers = items.flatMap((item) =>
        [...textOf(item).matchAll(new RegExp(`feed-marker-${marker}-([A-Za-z_-]+)`, "g"))].map(
          (m) => m[1] ?? "",
        ),
      );
      return [...new Set(markers)].sort();
    };
    for (const actor of Object.keys(users) as (keyof typeof users)[]) {
      const expected = [...EXPECTED_TIERS[actor]!];
      if (["hostEditor", "hostViewer", "coHost", "admin"].includes(actor)) expected.push("document-HOSTS");
      expect(await seen(actor), actor).toEqual(expected.sort());
    }
    await expect(callerFor(null).feed.list({ locale: "en" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // The public activity becomes hosts-only: it leaves the feed of the others at once.
    await testDb().activity.update({
      where: { id: activities.get("PUBLIC")?.id },
      data: { visibility: "HOSTS" },
    });
    expect(await seen("otherEditor")).toEqual(["ALL_SECRETARIATS"]);
    expect(await seen("hostViewer")).toContain("PUBLIC");
    // An archived process's events leave everyone's feed but the administrators'.
    await testDb().rcp.update({ where: { id: host.id }, data: { archivedAt: new Date() } });
    expect(await seen("coHost")).toEqual([]);
    expect((await seen("admin")).length).toBeGreaterThan(0);
    void other;
  });

  it("an activity a reader may not see is not named even through a follow of its country", async () => {
    const host = await createRcp();
    const reader = await createUser();
    const activity = await createActivityRecord({ hostRcpIds: [host.id], visibility: "ALL_SECRETARIATS" });
    await recordEvent({
      kind: "ACTIVITY_POSTED",
      rcpId: host.id,
      activityId: activity.id,
      countryCodes: ["TV"],
    });
    await follow(reader.id, "COUNTRY", "TV");
    const { items } = await feedOf(reader, { rcp: host.slug });
    expect(items).toEqual([]);
  });
});
