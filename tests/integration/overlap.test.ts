import { beforeAll, describe, expect, it } from "vitest";
import { readSeedData } from "../../prisma/seed/read-seed-data";
import type { TSeedData, TSeedRcp } from "../../prisma/seed/seed-schema";
import { createCaller } from "~/server/api/root";
import type { TOverlap } from "~/server/rcp/overlap";
import { testDb } from "../support/db";

const anonymous = () => createCaller({ db: testDb(), user: null });
let data: TSeedData;
let overlap: TOverlap;
let seeded: Set<string>;

beforeAll(async () => {
  data = await readSeedData();
  seeded = new Set(data.rcps.map((rcp) => rcp.slug));
  overlap = await anonymous().rcp.getOverlap();
});

const seedRcp = (slug: string): TSeedRcp => {
  const rcp = data.rcps.find((candidate) => candidate.slug === slug);
  if (!rcp) throw new Error(`no seed file for ${slug}`);
  return rcp;
};

/** What the heatmap should show for a pair, worked out from the seed files alone. */
function expectedPair(slugA: string, slugB: string) {
  const a = new Set(seedRcp(slugA).members);
  const b = new Set(seedRcp(slugB).members);
  const codes = [...a].filter((code) => b.has(code)).sort();
  const union = new Set([...a, ...b]).size;
  return { shared: codes.length, jaccard: codes.length / union, codes };
}

function cellFor(slugA: string, slugB: string) {
  const [a, b] = [slugA, slugB].sort();
  return overlap.cells.find((cell) => cell.a === a && cell.b === b);
}

describe("rcp.getOverlap", () => {
  it.each([
    ["colombo-process", "abu-dhabi-dialogue", 11],
    ["budapest-process", "mtm", 30],
    ["apc", "bali-process", 32],
    ["igc", "puebla-process", 2],
    ["igad-rcp", "sacm", 0],
  ])("%s × %s share what the seed files say (%i states)", (slugA, slugB, shared) => {
    const expected = expectedPair(slugA, slugB);
    expect(expected.shared).toBe(shared);
    const cell = cellFor(slugA, slugB);
    expect(cell).toMatchObject({ shared: expected.shared, codes: expected.codes });
    expect(cell?.jaccard).toBeCloseTo(expected.jaccard, 10);
  });

  it("counts only current members: New Zealand, which left APC in 2003, is not shared with Bali", () => {
    expect(seedRcp("bali-process").members).toContain("NZ");
    expect(cellFor("apc", "bali-process")?.codes).not.toContain("NZ");
  });

  it("has every unordered pair exactly once, each agreeing with the seed files", () => {
    // Other tests add member-less RCPs of their own to the same database; they have no pairs.
    const withMembers = overlap.rcps.filter((rcp) => rcp.members > 0).length;
    expect(overlap.cells).toHaveLength((withMembers * (withMembers - 1)) / 2);
    const keys = overlap.cells.map((cell) => `${cell.a}|${cell.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    const n = data.rcps.length;
    const seededCells = overlap.cells.filter((cell) => seeded.has(cell.a) && seeded.has(cell.b));
    expect(seededCells).toHaveLength((n * (n - 1)) / 2);
    for (const cell of seededCells) {
      expect(cell.a < cell.b).toBe(true);
      const expected = expectedPair(cell.a, cell.b);
      expect({ ...cell, jaccard: cell.jaccard.toFixed(10) }).toEqual({
        a: cell.a,
        b: cell.b,
        ...expected,
        jaccard: expected.jaccard.toFixed(10),
      });
    }
  });

  it("gives each RCP its own member count for the diagonal, grouped by region", () => {
    const rcps = overlap.rcps.filter((rcp) => seeded.has(rcp.slug));
    expect(rcps).toHaveLength(data.rcps.length);
    for (const rcp of rcps) {
      expect(rcp).toMatchObject({ members: seedRcp(rcp.slug).memberTotal, region: seedRcp(rcp.slug).region });
    }
    const regions = overlap.rcps.map((rcp) => rcp.region);
    // Each region forms one contiguous block of rows.
    expect(regions.filter((region, index) => region !== regions[index - 1])).toHaveLength(
      new Set(regions).size,
    );
  });
});

describe("rcp.listPeers", () => {
  it("ranks the Abu Dhabi Dialogue first among the Colombo Process's peers", async () => {
    const peers = (await anonymous().rcp.listPeers({ slug: "colombo-process" })).filter((peer) =>
      seeded.has(peer.slug),
    );
    expect(peers).toHaveLength(data.rcps.length - 1);
    expect(peers[0]).toMatchObject({ slug: "abu-dhabi-dialogue", shortName: "Abu Dhabi Dialogue" });
    const themes = (rcp: TSeedRcp) => new Set([...rcp.themes.main, ...rcp.themes.priority]);
    const colombo = seedRcp("colombo-process");
    for (const peer of peers) {
      const other = seedRcp(peer.slug);
      expect(peer.sharedMembers).toBe(expectedPair("colombo-process", peer.slug).shared);
      expect(peer.sharedThemes).toBe([...themes(colombo)].filter((slug) => themes(other).has(slug)).length);
    }
    // The three processes with 11 shared members are ordered by shared themes.
    expect(peers.slice(0, 3).map((peer) => peer.slug)).toEqual(["abu-dhabi-dialogue", "bali-process", "apc"]);
  });

  it("is empty for an unknown RCP and refuses a malformed slug", async () => {
    expect(await anonymous().rcp.listPeers({ slug: "no-such-process" })).toEqual([]);
    await expect(anonymous().rcp.listPeers({ slug: "Colombo Process" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
