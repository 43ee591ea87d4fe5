import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { TDuplicateEffortAnswer } from "~/domain/duplicate-effort/schema";
import { duplicateSentence, type TDuplicateTranslate } from "~/domain/duplicate-effort/sentence";
import { messages } from "~/i18n/messages";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";
import { errorOf } from "../support/trpc-error";

const unique = () => randomUUID().slice(0, 8);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Member states of the reference data, handed out so that each process gets the ones it is given. */
let states: string[] = [];

async function createTheme(label = "Labour migration") {
  return testDb().theme.create({
    data: { slug: `test-theme-${unique()}`, label: { en: label } },
    select: { id: true, slug: true },
  });
}

async function processWithMembers(stateIds: string[], shortName?: string) {
  const rcp = await createRcp({ shortName });
  await testDb().membership.createMany({
    data: stateIds.map((participantId) => ({ rcpId: rcp.id, participantId, role: "MEMBER" as const })),
  });
  return rcp;
}

async function activityOf(options: {
  hostRcpIds: string[];
  themeIds: string[];
  start: string;
  end?: string;
  visibility?: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
  title?: string;
  location?: string;
  status?: "SCHEDULED" | "CANCELLED";
}) {
  return testDb().activity.create({
    data: {
      slug: `test-activity-${unique()}`,
      title: { en: options.title ?? `Workshop ${unique()}` },
      kind: "WORKSHOP",
      startDate: day(options.start),
      startPrecision: "DAY",
      ...(options.end ? { endDate: day(options.end), endPrecision: "DAY" as const } : {}),
      location: options.location ?? "Rabat",
      visibility: options.visibility ?? "PUBLIC",
      status: options.status ?? "SCHEDULED",
      rcps: { create: options.hostRcpIds.map((rcpId) => ({ rcpId, status: "ACCEPTED" as const })) },
      themes: { create: options.themeIds.map((themeId) => ({ themeId })) },
    },
    select: { id: true, slug: true },
  });
}

const english = createTranslator({ locale: "en", messages: messages.en, namespace: "DuplicateEffort" });
const sentences = (answer: TDuplicateEffortAnswer) =>
  answer.items.map((item) => duplicateSentence(item, "en", english as unknown as TDuplicateTranslate));

beforeAll(async () => {
  const rows = await testDb().participant.findMany({
    where: { kind: "STATE" },
    orderBy: { code: "asc" },
    take: 40,
    select: { id: true },
  });
  states = rows.map((row) => row.id);
  expect(states.length).toBe(40);
});

/** A planning process with 12 member states and its editor; a peer sharing 9 of them. */
async function scene() {
  const planner = await processWithMembers(states.slice(0, 12));
  const peer = await processWithMembers([...states.slice(3, 12), ...states.slice(20, 23)], "MTM Dialogue");
  const editor = await createUser({ staff: [{ rcpId: planner.id, role: "EDITOR" }] });
  const theme = await createTheme();
  const plan = (themes: string[], startDate: string, endDate?: string) =>
    callerFor(editor).duplicateEffort.forPlan({ rcpId: planner.id, themes, startDate, endDate });
  return { planner, peer, editor, theme, plan };
}

describe("duplicateEffort.forPlan", () => {
  it("warns of a peer's workshop on the same theme two weeks earlier, in words", async () => {
    const { peer, theme, plan } = await scene();
    await activityOf({ hostRcpIds: [peer.id], themeIds: [theme.id], start: "2043-04-28" });
    const answer = await plan([theme.slug], "2043-05-12", "2043-05-13");
    expect(sentences(answer)).toEqual([
      "MTM Dialogue holds a workshop on labour migration in Rabat two weeks earlier; 9 of your member states take part in both",
    ]);
    expect(answer.activityId).toBeNull();
  });

  it("counts 60 days between the two, not 61, on either side and from the end of a long one", async () => {
    const { peer, theme, plan } = await scene();
    const at = (start: string, end?: string) =>
      activityOf({ hostRcpIds: [peer.id], themeIds: [theme.id], start, end, title: `${start}…${end ?? ""}` });
    // The plan runs 2043-05-10 to 2043-05-12.
    await at("2043-07-11"); // 60 days after its end
    await at("2043-07-12"); // 61
    await at("2043-03-11"); // 60 days before its start
    await at("2043-03-10"); // 61
    await at("2042-12-01", "2043-03-11"); // long, ending 60 days before
    await at("2042-12-01", "2043-03-10"); // ending 61 days before
    const answer = await plan([theme.slug], "2043-05-10", "2043-05-12");
    expect(answer.items.map((item) => JSON.stringify(item.title)).sort()).toEqual(
      [{ en: "2042-12-01…2043-03-11" }, { en: "2043-03-11…" }, { en: "2043-07-11…" }].map((title) =>
        JSON.stringify(title),
      ),
    );
  });

  it("says nothing of activities on other themes, of processes without shared members, or cancelled", async () => {
    const { planner, peer, theme, plan } = await scene();
    const otherTheme = await createTheme("Remittances");
    const stranger = await processWithMembers(states.slice(30, 35));
    await activityOf({ hostRcpIds: [peer.id], themeIds: [otherTheme.id], start: "2043-05-12" });
    await activityOf({ hostRcpIds: [stranger.id], themeIds: [theme.id], start: "2043-05-12" });
    await activityOf({
      hostRcpIds: [peer.id],
      themeIds: [theme.id],
      start: "2043-05-12",
      status: "CANCELLED",
    });
    // Its own, alone or with the peer, is not another process's.
    await activityOf({ hostRcpIds: [planner.id], themeIds: [theme.id], start: "2043-05-12" });
    await activityOf({ hostRcpIds: [planner.id, peer.id], themeIds: [theme.id], start: "2043-05-12" });
    expect((await plan([theme.slug], "2043-05-12")).items).toEqual([]);
  });

  it("ranks by shared member states, then closeness; the activity edited is left out", async () => {
    const { peer, theme, editor, planner } = await scene();
    const closeFew = await processWithMembers(states.slice(0, 2));
    const far = await activityOf({
      hostRcpIds: [peer.id],
      themeIds: [theme.id],
      start: "2043-06-30",
      title: "far",
    });
    await activityOf({
      hostRcpIds: [closeFew.id],
      themeIds: [theme.id],
      start: "2043-05-13",
      title: "close",
    });
    await activityOf({ hostRcpIds: [peer.id], themeIds: [theme.id], start: "2043-05-20", title: "near" });
    const caller = callerFor(editor).duplicateEffort;
    const input = { rcpId: planner.id, themes: [theme.slug], startDate: "2043-05-12" };
    const titles = (answer: TDuplicateEffortAnswer) =>
      answer.items.map((item) => (item.title as { en: string }).en);
    expect(titles(await caller.forPlan(input))).toEqual(["near", "far", "close"]);
    const editing = await caller.forPlan({ ...input, activityId: far.id });
    expect(titles(editing)).toEqual(["near", "close"]);
    expect(editing.activityId).toBe(far.id);
  });

  it("refuses an unknown theme, no theme, an impossible day or an end before the start", async () => {
    const { planner, editor, theme } = await scene();
    const caller = callerFor(editor).duplicateEffort;
    const base = { rcpId: planner.id, themes: [theme.slug], startDate: "2043-05-12" };
    for (const input of [
      { ...base, themes: ["no-such-theme"] },
      { ...base, themes: [] },
      { ...base, startDate: "2043-02-30" },
      { ...base, endDate: "2043-05-11" },
      { ...base, themes: ["x".repeat(10_000)] },
    ]) {
      expect((await errorOf(caller.forPlan(input))).code, JSON.stringify(input).slice(0, 80)).toBe(
        "BAD_REQUEST",
      );
    }
    expect((await errorOf(caller.forPlan({ ...base, themes: ["no-such-theme"] }))).message).toBe(
      "unknownTheme",
    );
  });
});

describe("who is warned, and of what: markers per actor and tier", () => {
  type TActor7 =
    "anonymous" | "otherEditor" | "otherViewer" | "hostEditor" | "hostViewer" | "cohost" | "admin";
  const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
  // The peer's activity of each tier, as each actor may see it: the planning hosts' staff are
  // secretariat members, not hosts of the peer's activity.
  const SEES_PEER: Record<(typeof TIERS)[number], boolean> = {
    PUBLIC: true,
    ALL_SECRETARIATS: true,
    HOSTS: false,
  };

  let cast: {
    users: Record<TActor7, Awaited<ReturnType<typeof createUser>> | null>;
    planned: Record<(typeof TIERS)[number], string>;
    markers: Record<(typeof TIERS)[number], string>;
    plannerId: string;
    themeSlug: string;
  };

  beforeAll(async () => {
    const { planner, peer, theme } = await scene();
    const cohostRcp = await processWithMembers(states.slice(12, 14));
    const other = await createRcp();
    const markers = Object.fromEntries(TIERS.map((tier) => [tier, `marker-${tier}-${unique()}`])) as Record<
      (typeof TIERS)[number],
      string
    >;
    for (const tier of TIERS) {
      await activityOf({
        hostRcpIds: [peer.id],
        themeIds: [theme.id],
        start: "2043-05-20",
        visibility: tier,
        title: markers[tier],
      });
    }
    const planned = {} as Record<(typeof TIERS)[number], string>;
    for (const tier of TIERS) {
      const activity = await activityOf({
        hostRcpIds: [planner.id, cohostRcp.id],
        themeIds: [theme.id],
        start: "2043-05-12",
        visibility: tier,
      });
      planned[tier] = activity.id;
    }
    cast = {
      users: {
        anonymous: null,
        otherEditor: await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
        otherViewer: await createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
        hostEditor: await createUser({ staff: [{ rcpId: planner.id, role: "EDITOR" }] }),
        hostViewer: await createUser({ staff: [{ rcpId: planner.id, role: "VIEWER" }] }),
        cohost: await createUser({ staff: [{ rcpId: cohostRcp.id, role: "EDITOR" }] }),
        admin: await createUser({ platformRole: "ADMIN" }),
      },
      planned,
      markers,
      plannerId: planner.id,
      themeSlug: theme.slug,
    };
  });

  async function outcome(call: () => Promise<unknown>) {
    try {
      return { code: "ok", text: JSON.stringify(await call()) };
    } catch (error) {
      return { code: (error as { code?: string }).code ?? String(error), text: "" };
    }
  }

  const ACTORS7: TActor7[] = [
    "anonymous",
    "otherEditor",
    "otherViewer",
    "hostEditor",
    "hostViewer",
    "cohost",
    "admin",
  ];

  it.each(TIERS)(
    "forActivity on an activity for %s: its hosts' staff see the peer's tiers they may",
    async (tier) => {
      for (const actor of ACTORS7) {
        const result = await outcome(() =>
          callerFor(cast.users[actor]).duplicateEffort.forActivity({ activityId: cast.planned[tier] }),
        );
        const expected =
          actor === "anonymous"
            ? "UNAUTHORIZED"
            : actor === "otherEditor" || actor === "otherViewer"
              ? tier === "HOSTS"
                ? "NOT_FOUND"
                : "FORBIDDEN"
              : "ok";
        expect(result.code, `${actor} on ${tier}`).toBe(expected);
        for (const peerTier of TIERS) {
          const may = expected === "ok" && (actor === "admin" || SEES_PEER[peerTier]);
          expect(result.text.includes(cast.markers[peerTier]), `${actor} on ${tier} sees ${peerTier}`).toBe(
            may,
          );
        }
      }
    },
  );

  it("forPlan: the planning process's editors see the peer's tiers they may; no one else is answered", async () => {
    for (const actor of ACTORS7) {
      const result = await outcome(() =>
        callerFor(cast.users[actor]).duplicateEffort.forPlan({
          rcpId: cast.plannerId,
          themes: [cast.themeSlug],
          startDate: "2043-05-12",
        }),
      );
      const expected = {
        anonymous: "UNAUTHORIZED",
        otherEditor: "NOT_FOUND",
        otherViewer: "NOT_FOUND",
        hostEditor: "ok",
        hostViewer: "FORBIDDEN",
        cohost: "NOT_FOUND",
        admin: "ok",
      }[actor];
      expect(result.code, actor).toBe(expected);
      for (const peerTier of TIERS) {
        const may = expected === "ok" && (actor === "admin" || SEES_PEER[peerTier]);
        expect(result.text.includes(cast.markers[peerTier]), `${actor} sees ${peerTier}`).toBe(may);
      }
    }
  });
});

describe("duplicateEffort.listPairs: processes on the same themes at the same time", () => {
  const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
  const inDays = (days: number) =>
    new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  it("pairs two processes' activities on a shared theme within 60 days, each reader seeing the tiers they may", async () => {
    const [first, second, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    const theme = await createTheme();
    const markers = Object.fromEntries(TIERS.map((tier) => [tier, `marker-${tier}-${unique()}`])) as Record<
      (typeof TIERS)[number],
      string
    >;
    for (const tier of TIERS) {
      await activityOf({
        hostRcpIds: [first.id],
        themeIds: [theme.id],
        start: inDays(40),
        visibility: tier,
        title: markers[tier],
      });
    }
    const partner = `partner-${unique()}`;
    await activityOf({ hostRcpIds: [second.id], themeIds: [theme.id], start: inDays(90), title: partner });
    // Too far from the others (61 days after the last), and on no shared theme: no pair.
    const far = `far-${unique()}`;
    await activityOf({ hostRcpIds: [second.id], themeIds: [theme.id], start: inDays(151), title: far });
    const users = {
      anonymous: null,
      signedInOnly: await createUser(),
      otherEditor: await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
      otherViewer: await createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
      hostEditor: await createUser({ staff: [{ rcpId: first.id, role: "EDITOR" }] }),
      hostViewer: await createUser({ staff: [{ rcpId: first.id, role: "VIEWER" }] }),
      partner: await createUser({ staff: [{ rcpId: second.id, role: "EDITOR" }] }),
      admin: await createUser({ platformRole: "ADMIN" }),
    };
    for (const [actor, user] of Object.entries(users)) {
      let text = "";
      let code = "ok";
      try {
        const pairs = await callerFor(user).duplicateEffort.listPairs();
        const ours = pairs.filter((pair) => [pair.a.slug, pair.b.slug].includes(first.slug));
        text = JSON.stringify(ours);
        if (ours.length > 0) {
          expect(ours).toHaveLength(1);
          expect(ours[0]?.themes.map((item) => item.slug)).toEqual([theme.slug]);
        }
      } catch (error) {
        code = (error as { code?: string }).code ?? String(error);
      }
      const expected = actor === "anonymous" ? "UNAUTHORIZED" : actor === "signedInOnly" ? "FORBIDDEN" : "ok";
      expect(code, actor).toBe(expected);
      const isHost = actor === "hostEditor" || actor === "hostViewer" || actor === "admin";
      for (const tier of TIERS) {
        const may = code === "ok" && (tier !== "HOSTS" || isHost);
        expect(text.includes(markers[tier]), `${actor} sees ${tier}`).toBe(may);
      }
      expect(text.includes(partner), actor).toBe(code === "ok");
      expect(text.includes(far), actor).toBe(false);
    }
  });
});
