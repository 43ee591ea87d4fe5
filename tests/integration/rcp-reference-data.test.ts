import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/run";
import { readSeedData } from "../../prisma/seed/read-seed-data";
import type { TSeedData } from "../../prisma/seed/seed-schema";
import { createCaller } from "~/server/api/root";
import { testDb } from "../support/db";

const anonymous = () => createCaller({ db: testDb(), user: null });
let data: TSeedData;

beforeAll(async () => {
  data = await readSeedData();
});

describe("the loaded reference data", () => {
  it("has each RCP's member count equal to the total its document states", async () => {
    // Other tests add RCPs of their own to the same database; these are the seeded ones.
    const seeded = new Set(data.rcps.map((rcp) => rcp.slug));
    const rcps = (await anonymous().rcp.list()).filter((rcp) => seeded.has(rcp.slug));
    expect(rcps).toHaveLength(14);
    const loaded = Object.fromEntries(rcps.map((rcp) => [rcp.slug, rcp.memberCodes.length]));
    expect(loaded).toEqual(Object.fromEntries(data.rcps.map((rcp) => [rcp.slug, rcp.memberTotal])));
  });

  it("answers who belonged when: New Zealand left APC in 2003", async () => {
    const newZealand = await anonymous().country.get({ code: "NZ" });
    const apc = newZealand.memberships.find((m) => m.rcp.slug === "apc");
    expect(apc?.endDate?.toISOString().slice(0, 10)).toBe("2003-12-31");
    expect(apc?.endPrecision).toBe("YEAR");
  });

  it("lists every RCP a state belongs to", async () => {
    const thailand = await anonymous().country.get({ code: "th" });
    const memberOf = thailand.memberships.filter((m) => m.role === "MEMBER").map((m) => m.rcp.slug);
    expect(memberOf.sort()).toEqual(["abu-dhabi-dialogue", "apc", "bali-process", "colombo-process"]);
  });

  it("is loaded idempotently: a second run leaves the same content", async () => {
    const before = await snapshot();
    await seed(testDb(), data);
    expect(await snapshot()).toEqual(before);
  });
});

describe("unknown and malformed lookups", () => {
  it("an unknown slug or country is NOT_FOUND", async () => {
    await expect(anonymous().rcp.get({ slug: "no-such-process" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(anonymous().country.get({ code: "ZZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a malformed slug or code is BAD_REQUEST", async () => {
    await expect(anonymous().rcp.get({ slug: "../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anonymous().country.get({ code: "THA" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

/** Everything the seed writes, without generated ids and timestamps; never other tests' RCPs. */
async function snapshot() {
  const db = testDb();
  const slugs = { in: data.rcps.map((rcp) => rcp.slug) };
  const ofSeeded = { rcp: { slug: slugs } };
  const [rcps, memberships, priorities, chairs, themes, annexB, activities] = await Promise.all([
    db.rcp.findMany({
      where: { slug: slugs },
      orderBy: { slug: "asc" },
      omit: { id: true, createdAt: true, updatedAt: true },
    }),
    db.membership.findMany({
      where: ofSeeded,
      select: {
        role: true,
        startDate: true,
        endDate: true,
        rcp: { select: { slug: true } },
        participant: { select: { code: true } },
      },
      orderBy: [{ rcp: { slug: "asc" } }, { participant: { code: "asc" } }, { role: "asc" }],
    }),
    db.rcpPriority.findMany({
      where: ofSeeded,
      select: { position: true, text: true, rcp: { select: { slug: true } } },
      orderBy: [{ rcp: { slug: "asc" } }, { position: "asc" }],
    }),
    db.chairTerm.count({ where: ofSeeded }),
    db.rcpTheme.count({ where: ofSeeded }),
    db.annexBAnswer.findMany({
      where: ofSeeded,
      select: { topic: true, status: true, text: true, rcp: { select: { slug: true } } },
      orderBy: [{ rcp: { slug: "asc" } }, { topic: "asc" }],
    }),
    db.activity.findMany({
      where: { slug: { in: data.activities.map((activity) => activity.slug) } },
      orderBy: { slug: "asc" },
      omit: { id: true, createdAt: true, updatedAt: true },
    }),
  ]);
  return { rcps, memberships, priorities, chairs, themes, annexB, activities };
}
