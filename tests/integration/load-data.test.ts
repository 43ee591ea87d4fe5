// The load generator behind `npm run db:generate-load` and the activity bench, at a small size: it
// must keep matching the schema, produce the tier mix it promises, and replace (not add to) an
// earlier set.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAll } from "../../prisma/seed/run";
import { generateLoad, parseLoadSizes } from "../../scripts/lib/load-data";
import { listVisibleActivities } from "~/server/activity/read";
import { loadAccess } from "~/server/user/access";
import { createScratchDb, type TScratchDb } from "../support/scratch-db";

const SIZES = { rcps: 4, users: 60, activities: 400 };
let scratch: TScratchDb;
let client: pg.Client;

beforeAll(async () => {
  scratch = await createScratchDb();
  await seedAll(scratch.url);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe("generateLoad", () => {
  it("writes the sizes asked for, with the promised tier mix, co-hosts and themes", async () => {
    const report = await generateLoad(client, SIZES);
    expect(report.activitiesByTier).toEqual({ PUBLIC: 240, ALL_SECRETARIATS: 100, HOSTS: 60 });
    expect(report.coHosted).toBe(40);
    const counts = await scratch.db.$transaction([
      scratch.db.rcp.count({ where: { id: { startsWith: "load-" } } }),
      scratch.db.user.count({ where: { id: { startsWith: "load-" } } }),
      scratch.db.rcpStaff.count({ where: { userId: { startsWith: "load-" }, role: "EDITOR" } }),
      scratch.db.activityTheme.count({ where: { activityId: { startsWith: "load-" } } }),
      scratch.db.activityRcp.count({ where: { activityId: { startsWith: "load-" }, status: "INVITED" } }),
    ]);
    expect(counts[0]).toBe(4);
    expect(counts[1]).toBe(60);
    expect(counts[2]).toBeGreaterThanOrEqual(18);
    // Every process, real or generated, has an editor to act as.
    const withoutEditor = await scratch.db.rcp.count({ where: { staff: { none: { role: "EDITOR" } } } });
    expect(withoutEditor).toBe(0);
    expect(counts[3]).toBeGreaterThan(400);
    expect(counts[4]).toBeGreaterThan(0);
  });

  it("gives one activity in five a document whose text the search finds", async () => {
    await generateLoad(client, SIZES);
    const texts = await scratch.db.documentText.groupBy({
      by: ["status"],
      where: { documentId: { startsWith: "load-" } },
      _count: true,
    });
    expect(texts).toEqual([{ status: "DONE", _count: 80 }]);
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM "SearchEntry" WHERE "entityType" = 'DOCUMENT' AND "entityId" LIKE 'load-%'
         AND vector @@ websearch_to_tsquery('search_es', 'migracion laboral')`,
    );
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
  });

  it("replaces an earlier set instead of adding to it", async () => {
    await generateLoad(client, SIZES);
    expect(await scratch.db.activity.count({ where: { id: { startsWith: "load-" } } })).toBe(400);
    // The real activities from the documents are untouched.
    expect(await scratch.db.activity.count({ where: { NOT: { id: { startsWith: "load-" } } } })).toBe(43);
  });

  it("deals the tiers independently of the host, so every process has public and hosts-only activities", async () => {
    // 6 generated and the 14 real processes: as many as the tiers' cycle of twenty, where dealing
    // tiers by row number gave each process a single tier.
    const sizes = { ...SIZES, rcps: 6 };
    await generateLoad(client, sizes);
    const { rows } = await client.query<{ rcpId: string; tiers: string[] }>(
      `SELECT h."rcpId", array_agg(DISTINCT a.visibility::text ORDER BY a.visibility::text) AS tiers
       FROM "ActivityRcp" h JOIN "Activity" a ON a.id = h."activityId"
       WHERE a.id LIKE 'load-%' AND h.status = 'ACCEPTED' GROUP BY h."rcpId"`,
    );
    expect(rows.length).toBe(sizes.rcps + 14);
    const withBoth = rows.filter((row) => row.tiers.includes("PUBLIC") && row.tiers.includes("HOSTS"));
    expect(withBoth.length).toBeGreaterThanOrEqual(rows.length - 2);
  });

  it("gives a generated viewer the hosts-only activities of their own process and no other", async () => {
    const viewer = await scratch.db.rcpStaff.findFirstOrThrow({
      where: { userId: { startsWith: "load-" }, role: "VIEWER" },
      select: { userId: true, rcpId: true },
    });
    const access = await loadAccess(scratch.db, viewer.userId);
    const page = await listVisibleActivities(
      scratch.db,
      access,
      { when: "past" },
      null,
      new Date("2040-01-01"),
    );
    expect(page.items).toHaveLength(20);
    const hostsOnly = await scratch.db.activity.findMany({
      where: { id: { in: page.items.map((item) => item.id) }, visibility: "HOSTS" },
      select: { rcps: { where: { status: "ACCEPTED" }, select: { rcpId: true } } },
    });
    for (const activity of hostsOnly) expect(activity.rcps.map((host) => host.rcpId)).toContain(viewer.rcpId);
  });
});

describe("generateLoad: peer events and follows", () => {
  it("reports what the generated activities and processes did, in date order, by their editors", async () => {
    const report = await generateLoad(client, SIZES);
    const { rows: kinds } = await client.query<{ kind: string; count: number }>(
      `SELECT e.kind::text, count(*)::int FROM "PeerEvent" e
       WHERE e."activityId" LIKE 'load-%' OR e."rcpId" LIKE 'load-%' GROUP BY e.kind`,
    );
    const byKind = Object.fromEntries(kinds.map((row) => [row.kind, row.count]));
    // One posted per activity, and the rest of a realistic mix: several events per activity.
    expect(byKind.ACTIVITY_POSTED).toBe(SIZES.activities);
    for (const kind of [
      "COHOST_JOINED",
      "REGISTRATION_OPENED",
      "ACTIVITY_RESCHEDULED",
      "ACTIVITY_CANCELLED",
      "RCP_CREATED",
      "PRIORITIES_CHANGED",
      "MEMBERSHIP_CHANGED",
    ]) {
      expect(byKind[kind], kind).toBeGreaterThan(0);
    }
    expect(byKind.RCP_CREATED).toBe(SIZES.rcps);
    const total = Object.values(byKind).reduce((sum, count) => sum + count, 0);
    expect(report.peerEvents).toBe(total);
    expect(total).toBeGreaterThan(1.5 * SIZES.activities);
    const { rows: checks } = await client.query<{ disordered: number; future: number; strangers: number }>(
      `WITH e AS (SELECT * FROM "PeerEvent" WHERE "activityId" LIKE 'load-%' OR "rcpId" LIKE 'load-%')
       SELECT
         (SELECT count(*)::int FROM (SELECT "createdAt" < lag("createdAt") OVER (ORDER BY id) AS back FROM e) AS x
          WHERE back) AS disordered,
         (SELECT count(*)::int FROM e WHERE "createdAt" > now()) AS future,
         (SELECT count(*)::int FROM e WHERE NOT EXISTS (
            SELECT 1 FROM "RcpStaff" s WHERE s."userId" = e."actorId" AND s."rcpId" = e."rcpId" AND s.role = 'EDITOR'))
           AS strangers`,
    );
    expect(checks[0]).toEqual({ disordered: 0, future: 0, strangers: 0 });
    // An activity's events carry its hosts and themes, as the feed's filters read them.
    const posted = await scratch.db.peerEvent.findFirstOrThrow({
      where: { kind: "ACTIVITY_POSTED", activityId: { startsWith: "load-" } },
      select: {
        rcpId: true,
        rcpIds: true,
        themeIds: true,
        activity: { select: { hostRcpIds: true, themeIds: true } },
      },
    });
    expect(posted.rcpIds).toEqual(posted.activity?.hostRcpIds);
    expect(posted.rcpIds).toContain(posted.rcpId);
    expect(posted.themeIds).toEqual(posted.activity?.themeIds);
  });

  it("has most generated staff follow a few processes, themes and a country, and replaces them", async () => {
    await generateLoad(client, SIZES);
    const report = await generateLoad(client, SIZES);
    const { rows } = await client.query<{ userId: string; rcps: number; themes: number; countries: number }>(
      `SELECT "userId",
         count(*) FILTER (WHERE "targetType" = 'RCP')::int AS rcps,
         count(*) FILTER (WHERE "targetType" = 'THEME')::int AS themes,
         count(*) FILTER (WHERE "targetType" = 'COUNTRY')::int AS countries
       FROM "Follow" WHERE "userId" LIKE 'load-%' GROUP BY "userId"`,
    );
    expect(rows.length).toBe(SIZES.users * 0.8);
    for (const row of rows) {
      expect(row.rcps).toBeGreaterThanOrEqual(1);
      expect(row.rcps).toBeLessThanOrEqual(2);
      expect(row.themes).toBeGreaterThanOrEqual(1);
      expect(row.countries).toBe(1);
    }
    expect(report.follows).toBe(rows.reduce((sum, row) => sum + row.rcps + row.themes + row.countries, 0));
    // Every target exists: process and theme ids, ISO country codes.
    const { rows: dangling } = await client.query<{ count: number }>(
      `SELECT count(*)::int FROM "Follow" f WHERE f."userId" LIKE 'load-%' AND NOT (
         (f."targetType" = 'RCP' AND EXISTS (SELECT 1 FROM "Rcp" r WHERE r.id = f."targetId"))
         OR (f."targetType" = 'THEME' AND EXISTS (SELECT 1 FROM "Theme" t WHERE t.id = f."targetId"))
         OR (f."targetType" = 'COUNTRY' AND f."targetId" ~ '^[A-Z]{2}$'))`,
    );
    expect(dangling[0]?.count).toBe(0);
    // Generated twice: the events of the first set went with it.
    const events = await client.query<{ count: number }>(
      `SELECT count(*)::int FROM "PeerEvent" WHERE "activityId" LIKE 'load-%' OR "rcpId" LIKE 'load-%'`,
    );
    expect(events.rows[0]?.count).toBe(report.peerEvents);
  });
});

describe("parseLoadSizes", () => {
  it("fills what is left out with the full size and refuses what is not a size", () => {
    expect(parseLoadSizes(["--activities", "1000"])).toEqual({ rcps: 86, users: 10_000, activities: 1000 });
    expect(() => parseLoadSizes(["--activities", "-1"])).toThrow(/Usage/);
    expect(() => parseLoadSizes(["--everything", "1"])).toThrow(/Usage/);
    expect(() => parseLoadSizes(["--users"])).toThrow(/Usage/);
  });
});
