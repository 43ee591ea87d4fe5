// The calendar routes as calendar programs call them, read back with an independent parser
// (ical.js): who finds what in which feed, and how an activity's changes reach subscribers.
import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import type * as TNextCache from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../support/db";
import {
  activityFields,
  callerFor,
  createActivityRecord,
  createCast,
  createRcp,
  createUser,
} from "../support/factories";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

const APP_URL = vi.hoisted(() => {
  const url = "http://rcp-exchange.test";
  process.env.NEXTAUTH_URL = url;
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
  return url;
});

// Outside a Next server there is no data cache: every fetch reads the database, as after a change.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof TNextCache>()),
  unstable_cache: <T>(read: T) => read,
}));

const routes = {
  public: await import("~/app/api/calendar/[locale]/public.ics/route"),
  rcps: await import("~/app/api/calendar/[locale]/rcps/[file]/route"),
  themes: await import("~/app/api/calendar/[locale]/themes/[file]/route"),
  activities: await import("~/app/api/calendar/[locale]/activities/[file]/route"),
  personal: await import("~/app/api/calendar/[locale]/personal/[file]/route"),
};

type TUser = { id: string; email: string; name: string | null } | null;

async function cookieFor(user: TUser): Promise<Record<string, string>> {
  if (!user) return {};
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
  return { cookie: await sessionCookie({ ...user, sessionVersion }, process.env.NEXTAUTH_SECRET ?? "") };
}

/** GET /api/calendar/<locale>/<kind>/<file> (or public.ics), as `user` when given. */
async function fetchIcs(
  kind: keyof typeof routes,
  locale: string,
  file: string,
  options: { user?: TUser; headers?: Record<string, string>; query?: string } = {},
) {
  const path = kind === "public" ? `public.ics` : `${kind}/${file}`;
  const request = new Request(`${APP_URL}/api/calendar/${locale}/${path}${options.query ?? ""}`, {
    headers: { ...(await cookieFor(options.user ?? null)), ...options.headers },
  });
  const response = await callRoute(routes[kind].GET, request, { locale, file });
  return { response, text: await response.text() };
}

/** The events of a feed as ical.js reads them. */
function eventsOf(text: string) {
  const calendar = ICAL.Component.fromString(text);
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      status: String(component.getFirstPropertyValue("status")),
      start: event.startDate,
      end: event.endDate,
    };
  });
}

const summariesOf = (text: string) => eventsOf(text).map((event) => event.summary);

async function tieredWorld() {
  const cast = await createCast();
  const cohostRcp = await createRcp();
  const theme = await testDb().theme.create({
    data: { slug: `test-theme-${randomUUID().slice(0, 8)}`, label: { en: "Test theme" } },
    select: { id: true, slug: true },
  });
  const users = {
    anonymous: null,
    outsiderEditor: cast.users.outsider,
    outsiderViewer: await createUser({ staff: [{ rcpId: cast.otherRcp.id, role: "VIEWER" }] }),
    hostViewer: cast.users.viewer,
    hostEditor: cast.users.editor,
    cohost: await createUser({ staff: [{ rcpId: cohostRcp.id, role: "VIEWER" }] }),
    admin: cast.users.admin,
  } as const;
  const tiers = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
  const markers = Object.fromEntries(
    tiers.map((tier) => [tier, `calendar-marker-${tier}-${randomUUID().slice(0, 8)}`]),
  ) as Record<(typeof tiers)[number], string>;
  const slugs: Partial<Record<(typeof tiers)[number], string>> = {};
  for (const tier of tiers) {
    const record = await createActivityRecord({
      hostRcpIds: [cast.rcp.id, cohostRcp.id],
      visibility: tier,
      title: markers[tier],
    });
    await testDb().activityTheme.create({ data: { activityId: record.id, themeId: theme.id } });
    slugs[tier] = record.slug;
  }
  return {
    cast,
    cohostRcp,
    theme,
    users,
    tiers,
    markers,
    slugs: slugs as Record<(typeof tiers)[number], string>,
  };
}

type TWorld = Awaited<ReturnType<typeof tieredWorld>>;
type TActorName = keyof TWorld["users"];

const SEES: Record<TActorName, Record<"PUBLIC" | "ALL_SECRETARIATS" | "HOSTS", boolean>> = {
  anonymous: { PUBLIC: true, ALL_SECRETARIATS: false, HOSTS: false },
  outsiderEditor: { PUBLIC: true, ALL_SECRETARIATS: true, HOSTS: false },
  outsiderViewer: { PUBLIC: true, ALL_SECRETARIATS: true, HOSTS: false },
  hostViewer: { PUBLIC: true, ALL_SECRETARIATS: true, HOSTS: true },
  hostEditor: { PUBLIC: true, ALL_SECRETARIATS: true, HOSTS: true },
  cohost: { PUBLIC: true, ALL_SECRETARIATS: true, HOSTS: true },
  admin: { PUBLIC: true, ALL_SECRETARIATS: true, HOSTS: true },
};

async function personalToken(user: NonNullable<TUser>) {
  return (await callerFor({ ...user, platformRole: "USER" }).calendar.resetPersonalFeed()).token;
}

describe("calendar feeds, per visibility tier", () => {
  it("hold public activities only in the public, process and theme feeds, whoever asks", async () => {
    const world = await tieredWorld();
    for (const [actor, user] of Object.entries(world.users)) {
      const feeds = [
        await fetchIcs("public", "en", "", { user }),
        await fetchIcs("rcps", "en", `${world.cast.rcp.slug}.ics`, { user }),
        await fetchIcs("rcps", "en", `${world.cohostRcp.slug}.ics`, { user }),
        await fetchIcs("themes", "en", `${world.theme.slug}.ics`, { user }),
      ];
      for (const [index, { response, text }] of feeds.entries()) {
        expect(response.status, `feed ${index} as ${actor}`).toBe(200);
        const summaries = summariesOf(text);
        for (const tier of world.tiers) {
          expect(summaries.includes(world.markers[tier]), `feed ${index} as ${actor}, ${tier}`).toBe(
            tier === "PUBLIC",
          );
          expect(text.includes(world.markers[tier]), `feed ${index} as ${actor}, ${tier} anywhere`).toBe(
            tier === "PUBLIC",
          );
        }
      }
    }
  });

  it("gives one activity's file to whoever may see it, and the same 404 as for none to anyone else", async () => {
    const world = await tieredWorld();
    const missing = await fetchIcs("activities", "en", "no-such-activity.ics");
    expect(missing.response.status).toBe(404);
    for (const [actor, user] of Object.entries(world.users) as [TActorName, TUser][]) {
      for (const tier of world.tiers) {
        const { response, text } = await fetchIcs("activities", "en", `${world.slugs[tier]}.ics`, { user });
        const may = SEES[actor][tier];
        expect(response.status, `${actor} reading ${tier}`).toBe(may ? 200 : 404);
        if (may) {
          expect(summariesOf(text)).toEqual([world.markers[tier]]);
          // A file only some may read is never kept by a shared cache.
          expect(response.headers.get("cache-control")).toBe(
            tier === "PUBLIC" ? "public, max-age=300, must-revalidate" : "private, no-store",
          );
        } else {
          expect(text).toBe(missing.text);
          expect(text).not.toContain(world.markers[tier]);
        }
      }
    }
  });

  it("gives each person's own feed exactly what they may see", async () => {
    const world = await tieredWorld();
    for (const [actor, user] of Object.entries(world.users) as [TActorName, TUser][]) {
      if (!user) continue;
      const token = await personalToken(user);
      const { response, text } = await fetchIcs("personal", "en", `${token}.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const summaries = summariesOf(text);
      for (const tier of world.tiers) {
        expect(summaries.includes(world.markers[tier]), `${actor}'s feed, ${tier}`).toBe(SEES[actor][tier]);
      }
    }
  });
});

describe("an activity's changes, as subscribers get them", () => {
  it("keeps its UID, raises SEQUENCE on every change and keeps it as CANCELLED once cancelled", async () => {
    const cast = await createCast();
    const caller = callerFor(cast.users.editor);
    const fields = activityFields({ startTime: "09:30", endTime: "17:00", timeZone: "Asia/Bangkok" });
    const created = await caller.activity.create({ rcpId: cast.rcp.id, activity: fields });
    const read = async () => {
      const { text } = await fetchIcs("rcps", "en", `${cast.rcp.slug}.ics`);
      const events = eventsOf(text);
      expect(events).toHaveLength(1);
      return events[0]!;
    };
    const first = await read();
    expect(first.uid).toBe(`${created.id}@rcp-exchange.test`);
    expect(first.status).toBe("CONFIRMED");
    // 09:30 and 17:00 in Bangkok (UTC+7), as instants.
    expect(first.start.toJSDate().toISOString()).toBe("2030-05-12T02:30:00.000Z");
    expect(first.end.toJSDate().toISOString()).toBe("2030-05-13T10:00:00.000Z");
    expect(first.description).toContain("Asia/Bangkok");

    const version = async () =>
      (await testDb().activity.findUniqueOrThrow({ where: { id: created.id } })).version;
    await caller.activity.update({
      activityId: created.id,
      version: await version(),
      activity: { ...fields, location: "Chiang Mai" },
    });
    const updated = await read();
    expect(updated.uid).toBe(first.uid);
    expect(updated.sequence).toBeGreaterThan(first.sequence);

    await caller.activity.setStatus({
      activityId: created.id,
      version: await version(),
      status: "CANCELLED",
    });
    const cancelled = await read();
    expect(cancelled.uid).toBe(first.uid);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.sequence).toBeGreaterThan(updated.sequence);

    await caller.activity.setStatus({
      activityId: created.id,
      version: await version(),
      status: "POSTPONED",
    });
    const postponed = await read();
    expect(postponed.status).toBe("TENTATIVE");
    expect(postponed.description).toContain("Postponed");
  });

  it("shows the documents' partial dates as the whole period they name, marked as approximate", async () => {
    const seeded = await testDb().activity.findFirstOrThrow({
      where: { visibility: "PUBLIC", startPrecision: "MONTH", endDate: null },
      select: { id: true, startDate: true },
    });
    const { text } = await fetchIcs("public", "fr", "");
    const event = eventsOf(text).find((candidate) => candidate.uid.startsWith(`${seeded.id}@`));
    const first = seeded.startDate.toISOString().slice(0, 10);
    expect(event?.start.isDate).toBe(true);
    expect(event?.start.toString()).toBe(first);
    const nextMonth = new Date(seeded.startDate);
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
    expect(event?.end.toString()).toBe(nextMonth.toISOString().slice(0, 10));
    expect(event?.description).toContain("Date approximative");
  });
});

describe("the personal feed's secret address", () => {
  it("stops working at once when reset, while the new one works", async () => {
    const user = await createUser();
    const old = await personalToken(user);
    expect((await fetchIcs("personal", "en", `${old}.ics`)).response.status).toBe(200);
    const fresh = await personalToken(user);
    expect(fresh).not.toBe(old);
    const refused = await fetchIcs("personal", "en", `${old}.ics`);
    expect(refused.response.status).toBe(404);
    expect((await fetchIcs("personal", "en", `${fresh}.ics`)).response.status).toBe(200);
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    // Only its hash is kept.
    expect(JSON.stringify(stored)).not.toContain(fresh);
    expect(stored.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stops when the account is disabled", async () => {
    const user = await createUser();
    const token = await personalToken(user);
    await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await fetchIcs("personal", "en", `${token}.ics`)).response.status).toBe(404);
  });

  it("answers unknown, malformed and revoked addresses alike", async () => {
    const user = await createUser();
    const revoked = await personalToken(user);
    await personalToken(user);
    const answers = await Promise.all(
      [`${revoked}.ics`, `${"A".repeat(43)}.ics`, "short.ics", `${revoked}.ical`, `${revoked}`].map((file) =>
        fetchIcs("personal", "en", file),
      ),
    );
    expect(answers.map(({ response }) => response.status)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(answers.map(({ text }) => text)).size).toBe(1);
  });
});

describe("calendar routes given hostile addresses", () => {
  it.each([
    ["a locale that is not one", "public", "de", ""],
    ["a locale with an escape", "public", "en\u0000", ""],
    ["an unknown process", "rcps", "en", "no-such-process.ics"],
    ["a process without the extension", "rcps", "en", "bali-process"],
    ["another extension", "rcps", "en", "bali-process.json"],
    ["a NUL byte", "rcps", "en", "bali\u0000process.ics"],
    ["a path in the name", "themes", "en", "../public.ics"],
    ["an overlong name", "themes", "en", `${"a".repeat(5000)}.ics`],
    ["an unknown theme", "themes", "en", "no-such-theme.ics"],
    ["an activity name with spaces", "activities", "en", "a b.ics"],
    ["an overlong token", "personal", "en", `${"A".repeat(5000)}.ics`],
  ] as const)("answers 404 to %s", async (_, kind, locale, file) => {
    const { response } = await fetchIcs(kind, locale, file);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("ignores query values, which choose nothing", async () => {
    const plain = await fetchIcs("rcps", "en", "bali-process.ics");
    const queried = await fetchIcs("rcps", "en", "bali-process.ics", { query: "?locale=%00&x=<script>" });
    expect(queried.response.status).toBe(200);
    expect(queried.text).toBe(plain.text);
  });
});

describe("calendar responses", () => {
  it("are text/calendar, cacheable for a short time when public, and revalidated by ETag", async () => {
    const { response } = await fetchIcs("public", "es", "");
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetchIcs("public", "es", "", { headers: { "if-none-match": etag } });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("write the feed in its language", async () => {
    const { text } = await fetchIcs("public", "es", "");
    expect(ICAL.Component.fromString(text).getFirstPropertyValue("x-wr-calname")).toBe(
      "RCP Exchange — actividades públicas",
    );
  });
});
