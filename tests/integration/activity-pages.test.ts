// The tier marker matrix of every page surface that shows activities: the activity page and its
// title, the platform list, a process's list, the profile's and the country page's sections.
// Each surface is read through the loader its page renders from, inside a real request (session
// cookie decoded by next-auth, as `next start` does), once as the cached page reads (nobody) and
// once as the signed-in reader's per-request twin reads. A marker shows exactly where it may.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as TActivityText from "~/features/activity/activity-text";
import type * as TLoadActivity from "~/features/activity/load-activity";
import type * as TLoadActivityList from "~/features/activity/load-activity-list";
import type * as TLoadActivitySection from "~/features/activity/load-activity-section";
import type { TLocale } from "~/i18n/routing";
import type * as TTrpcServer from "~/trpc/server";
import { testDb } from "../support/db";
import { callerFor, createActivityRecord, createCast, createRcp, createUser } from "../support/factories";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messages } = await import("~/i18n/messages");
  return {
    getTranslations: ({ locale, namespace }: { locale: TLocale; namespace: never }) =>
      Promise.resolve(createTranslator({ locale, messages: messages[locale], namespace })),
  };
});

const secret = randomBytes(32).toString("base64url");
let pages: {
  loadActivity: typeof TLoadActivity.loadActivity;
  activityTitle: typeof TActivityText.activityTitle;
  loadActivityList: typeof TLoadActivityList.loadActivityList;
  loadActivitySection: typeof TLoadActivitySection.loadActivitySection;
  requestCaller: typeof TTrpcServer.requestCaller;
};

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("NEXTAUTH_URL", "http://rcp-exchange.test");
  const [activity, text, list, section, trpc] = await Promise.all([
    import("~/features/activity/load-activity"),
    import("~/features/activity/activity-text"),
    import("~/features/activity/load-activity-list"),
    import("~/features/activity/load-activity-section"),
    import("~/trpc/server"),
  ]);
  pages = {
    loadActivity: activity.loadActivity,
    activityTitle: text.activityTitle,
    loadActivityList: list.loadActivityList,
    loadActivitySection: section.loadActivitySection,
    requestCaller: trpc.requestCaller,
  };
});

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

/** What `read` gives inside a request from `userId` (or nobody): its JSON, or "404". */
async function asReader(userId: string | null, read: () => Promise<unknown>): Promise<string> {
  const user = userId ? await testDb().user.findUniqueOrThrow({ where: { id: userId } }) : null;
  const headers: Record<string, string> = user ? { cookie: await sessionCookie(user, secret) } : {};
  const response = await callRoute(
    async () => {
      try {
        return new Response(JSON.stringify(await read()));
      } catch (error) {
        if ((error as { digest?: string }).digest === NOT_FOUND) return new Response("404", { status: 404 });
        throw error;
      }
    },
    new Request("http://rcp-exchange.test/en/activities", { headers }),
    {},
  );
  return response.text();
}

const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
type TTier = (typeof TIERS)[number];
const ACTORS = ["anonymous", "outsider", "viewer", "editor", "cohost", "cohostViewer", "admin"] as const;
type TMatrixActor = (typeof ACTORS)[number];

// Who may see each tier: everyone; every secretariat member; the hosts' staff (and administrators).
const MAY_SEE: Record<TTier, Record<TMatrixActor, boolean>> = {
  PUBLIC: Object.fromEntries(ACTORS.map((actor) => [actor, true])) as Record<TMatrixActor, boolean>,
  ALL_SECRETARIATS: {
    anonymous: false,
    outsider: true,
    viewer: true,
    editor: true,
    cohost: true,
    cohostViewer: true,
    admin: true,
  },
  HOSTS: {
    anonymous: false,
    outsider: false,
    viewer: true,
    editor: true,
    cohost: true,
    cohostViewer: true,
    admin: true,
  },
};

function tomorrow() {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

describe("activity pages, per tier and reader", () => {
  it("show each tier's marker exactly where it may appear, on every surface, and a 404 that tells nothing", async () => {
    const cast = await createCast();
    const cohostRcp = await createRcp();
    // Invited, not accepted: not a host, so the activity is not on its profile.
    const invitedRcp = await createRcp();
    const users: Record<TMatrixActor, string | null> = {
      anonymous: null,
      outsider: cast.users.outsider.id,
      viewer: cast.users.viewer.id,
      editor: cast.users.editor.id,
      cohost: (await createUser({ staff: [{ rcpId: cohostRcp.id, role: "EDITOR" }] })).id,
      cohostViewer: (await createUser({ staff: [{ rcpId: cohostRcp.id, role: "VIEWER" }] })).id,
      admin: cast.users.admin.id,
    };
    // A country no other test holds activities in, and the nearest upcoming day: the few the
    // country and profile sections show are these.
    const country = "NR";
    const startDate = tomorrow();
    const day = startDate.toISOString().slice(0, 10);
    const markers = Object.fromEntries(
      TIERS.map((tier) => [tier, `marker-${tier}-${randomUUID().slice(0, 8)}`]),
    ) as Record<TTier, string>;
    const slugs = {} as Record<TTier, string>;
    for (const tier of TIERS) {
      const record = await createActivityRecord({
        hostRcpIds: [cast.rcp.id, cohostRcp.id],
        invitedRcpIds: [invitedRcp.id],
        visibility: tier,
        title: markers[tier],
        startDate,
      });
      await testDb().activity.update({ where: { id: record.id }, data: { countryCode: country } });
      slugs[tier] = record.slug;
    }
    type TCaller = Awaited<ReturnType<typeof pages.requestCaller>>;
    // Each surface as its page reads it; the lists take the request's caller, as their pages do.
    const surfaces: Record<string, (caller: TCaller) => Promise<unknown>> = {
      platformList: (caller) => pages.loadActivityList(caller, "en", { from: day, to: day }),
      rcpList: (caller) => pages.loadActivityList(caller, "en", {}, { rcp: cohostRcp.slug }),
      profileCached: () => pages.loadActivitySection({ rcp: cast.rcp.slug }, "public"),
      profileTwin: () => pages.loadActivitySection({ rcp: cast.rcp.slug }, "request"),
      countryCached: () => pages.loadActivitySection({ country }, "public"),
      countryTwin: () => pages.loadActivitySection({ country }, "request"),
      invitedProfile: () => pages.loadActivitySection({ rcp: invitedRcp.slug }, "request"),
    };
    for (const actor of ACTORS) {
      const userId = users[actor];
      const seen: Record<string, string> = {};
      for (const [name, read] of Object.entries(surfaces)) {
        seen[name] = await asReader(userId, async () => read(await pages.requestCaller()));
      }
      for (const tier of TIERS) {
        const may = MAY_SEE[tier][actor];
        const marker = markers[tier];
        const where = `${actor}, ${tier}`;
        expect(seen.platformList!.includes(marker), `platform list: ${where}`).toBe(may);
        expect(seen.rcpList!.includes(marker), `process list: ${where}`).toBe(may);
        expect(seen.profileTwin!.includes(marker), `profile: ${where}`).toBe(may);
        expect(seen.countryTwin!.includes(marker), `country page: ${where}`).toBe(may);
        expect(seen.invitedProfile!.includes(marker), `invited process's profile: ${where}`).toBe(false);
        // The cached renders read as nobody, whoever asks: they are replayed to everyone.
        expect(seen.profileCached!.includes(marker), `cached profile: ${where}`).toBe(tier === "PUBLIC");
        expect(seen.countryCached!.includes(marker), `cached country page: ${where}`).toBe(tier === "PUBLIC");

        const slug = slugs[tier];
        const twin = await asReader(userId, () => pages.loadActivity(slug, "request"));
        const twinTitle = await asReader(userId, async () =>
          pages.activityTitle((await pages.loadActivity(slug, "request")).title, "en"),
        );
        const cached = await asReader(userId, () => pages.loadActivity(slug, "public"));
        expect(twin.includes(marker), `activity page: ${where}`).toBe(may);
        expect(twinTitle, `activity page title: ${where}`).toBe(may ? JSON.stringify(marker) : "404");
        expect(cached.includes(marker), `cached activity page: ${where}`).toBe(tier === "PUBLIC");
        if (!may) expect(twin, `activity page: ${where}`).toBe("404");
        if (tier !== "PUBLIC") expect(cached, `cached activity page: ${where}`).toBe("404");
      }
      // A missing activity and a malformed address answer as a hidden one does.
      expect(await asReader(userId, () => pages.loadActivity("no-such-activity", "request"))).toBe("404");
      expect(await asReader(userId, () => pages.loadActivity("Bad Slug\u0000", "request"))).toBe("404");
    }
  });

  it("names who last changed an activity to secretariat readers only, and tells them its tier", async () => {
    const cast = await createCast();
    const record = await createActivityRecord({ hostRcpIds: [cast.rcp.id], visibility: "PUBLIC" });
    const editor = await testDb().user.update({
      where: { id: cast.users.editor.id },
      data: { name: `Editor ${randomUUID().slice(0, 6)}` },
    });
    await testDb().activity.update({ where: { id: record.id }, data: { updatedById: editor.id } });
    const asPeer = JSON.parse(
      await asReader(cast.users.outsider.id, () => pages.loadActivity(record.slug, "request")),
    ) as { updatedByName: string | null; isReaderSecretariat: boolean };
    const asPublic = JSON.parse(await asReader(null, () => pages.loadActivity(record.slug, "public"))) as {
      updatedByName: string | null;
      isReaderSecretariat: boolean;
    };
    expect(asPeer).toMatchObject({ updatedByName: editor.name, isReaderSecretariat: true });
    expect(asPublic).toMatchObject({ updatedByName: null, isReaderSecretariat: false });
    // The cached page reads as nobody even when a secretariat member's request renders it.
    const cachedForPeer = await asReader(cast.users.outsider.id, () =>
      pages.loadActivity(record.slug, "public"),
    );
    expect(cachedForPeer).not.toContain(editor.name ?? "");
  });
});

describe("activity.list, as the lists page through it", () => {
  it("filters by the hosts' region and pages back to exactly the rows it paged forward from", async () => {
    const rcp = await createRcp();
    const { region } = await testDb().rcp.findUniqueOrThrow({
      where: { id: rcp.id },
      select: { region: true },
    });
    const other = region === "AFRICA" ? "ASIA_OCEANIA" : "AFRICA";
    for (let index = 0; index < 25; index++) {
      await createActivityRecord({
        hostRcpIds: [rcp.id],
        startDate: new Date(Date.UTC(2094, 0, 1 + (index % 12))),
      });
    }
    const caller = callerFor(null);
    const filters = { when: "upcoming", rcp: rcp.slug, from: "2094-01-01", to: "2094-12-31" } as const;
    expect((await caller.activity.list({ ...filters, region: other })).items).toEqual([]);
    const first = await caller.activity.list({ ...filters, region });
    expect(first.items).toHaveLength(20);
    expect(first.previousCursor).toBeNull();
    const second = await caller.activity.list({ ...filters, region, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(
      second.items.map((item) => item.id).filter((id) => first.items.some((row) => row.id === id)),
    ).toEqual([]);
    const back = await caller.activity.list({
      ...filters,
      region,
      cursor: { ...second.previousCursor!, direction: "before" },
    });
    expect(back.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(back.previousCursor).toBeNull();
    expect(back.nextCursor).toEqual(first.nextCursor);
  });
});
