import { beforeAll, describe, expect, it } from "vitest";
import { readSeedData } from "../../prisma/seed/read-seed-data";
import type { TSeedData } from "../../prisma/seed/seed-schema";
import { createCaller } from "~/server/api/root";
import type { TDb } from "~/server/db-client";
import { testDb } from "../support/db";

const anonymous = (db: TDb = testDb()) => createCaller({ db, user: null });
let data: TSeedData;

beforeAll(async () => {
  data = await readSeedData();
});

describe("rcp.listFoundings", () => {
  it("lists every RCP by year of establishment, IGC (1985) first and the 2008 processes last", async () => {
    // Other tests add RCPs of their own to the same database; these are the seeded ones.
    const seeded = new Set(data.rcps.map((rcp) => rcp.slug));
    const all = await anonymous().rcp.listFoundings();
    const years = all.map((rcp) => rcp.yearEstablished);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const foundings = all.filter((rcp) => seeded.has(rcp.slug));
    expect(foundings.map(({ slug, yearEstablished, region }) => ({ slug, yearEstablished, region }))).toEqual(
      data.rcps
        .map(({ slug, yearEstablished, region, shortName }) => ({ slug, yearEstablished, region, shortName }))
        .sort((a, b) => a.yearEstablished - b.yearEstablished || a.shortName.localeCompare(b.shortName))
        .map(({ shortName: _, ...rest }) => rest),
    );
    expect(foundings[0]).toMatchObject({ shortName: "IGC", yearEstablished: 1985 });
    expect(foundings.slice(-2).map((rcp) => rcp.shortName)).toEqual(["Abu Dhabi Dialogue", "IGAD-RCP"]);
  });
});

describe("activity.listTimeline", () => {
  it("returns every public activity of the reference data, oldest first, with the RCPs that held it", async () => {
    const all = await anonymous().activity.listTimeline();
    const starts = all.map((activity) => activity.startDate.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Tests may add activities of their own to the same database; these are the seeded ones.
    const seeded = new Set(data.activities.map((activity) => activity.slug));
    const activities = all.filter((activity) => seeded.has(activity.slug));
    expect(activities).toHaveLength(data.activities.length);
    for (const activity of activities) {
      const source = data.activities.find((candidate) => candidate.slug === activity.slug);
      expect(activity.rcps.map((link) => link.rcp.slug).sort()).toEqual([...(source?.rcps ?? [])].sort());
    }
  });

  it("dates each activity as precisely as the source does", async () => {
    const activities = await anonymous().activity.listTimeline();
    const perth = activities.find((activity) => activity.slug === "bali-budapest-joint-workshop-perth-2004");
    expect(perth).toMatchObject({ kind: "WORKSHOP", startPrecision: "MONTH", location: "Perth, Australia" });
    expect(perth?.startDate.toISOString().slice(0, 10)).toBe("2004-05-01");
    const geneva = activities.find((activity) => activity.slug === "gcim-iom-workshop-on-rcps-geneva-2005");
    expect(geneva?.startDate.toISOString().slice(0, 10)).toBe("2005-04-14");
    expect(geneva?.endDate?.toISOString().slice(0, 10)).toBe("2005-04-15");
    expect(geneva?.rcps).toHaveLength(9);
  });

  it("sends only the public fields", async () => {
    const [first] = await anonymous().activity.listTimeline();
    expect(Object.keys(first ?? {}).sort()).toEqual(
      [
        "slug",
        "title",
        "kind",
        "startDate",
        "startPrecision",
        "endDate",
        "endPrecision",
        "location",
        "summary",
        "rcps",
      ].sort(),
    );
    expect(Object.keys(first?.rcps[0]?.rcp ?? {}).sort()).toEqual(["localizedNames", "shortName", "slug"]);
  });

  it.each(["ALL_SECRETARIATS", "HOSTS"] as const)(
    "never lists an activity visible to %s",
    async (visibility) => {
      const slug = `test-hidden-${visibility.toLowerCase()}-${Date.now()}`;
      // Inside a transaction that is rolled back, so parallel tests never see the extra activity.
      const listed = await testDb()
        .$transaction(async (tx) => {
          const colombo = await tx.rcp.findUniqueOrThrow({
            where: { slug: "colombo-process" },
            select: { id: true },
          });
          await tx.activity.create({
            data: {
              slug,
              title: { en: "Closed meeting" },
              kind: "MEETING",
              startDate: new Date(Date.UTC(2007, 0, 1)),
              startPrecision: "YEAR",
              visibility,
              rcps: { create: { rcpId: colombo.id } },
            },
          });
          expect(await tx.activity.count({ where: { slug } })).toBe(1);
          // The transaction client runs the same queries; procedures only use findMany on it.
          const slugs = (await anonymous(tx as unknown as TDb).activity.listTimeline()).map(
            (activity) => activity.slug,
          );
          throw new Rollback(slugs);
        })
        .catch((error: unknown) => {
          if (error instanceof Rollback) return error.slugs;
          throw error;
        });
      expect(listed).toEqual(expect.arrayContaining(data.activities.map((activity) => activity.slug)));
      expect(listed).not.toContain(slug);
    },
  );
});

class Rollback extends Error {
  constructor(readonly slugs: string[]) {
    super("rollback");
  }
}
