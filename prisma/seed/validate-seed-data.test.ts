import { beforeAll, describe, expect, it } from "vitest";
import { readSeedData } from "./read-seed-data";
import type { TSeedData, TSeedRcp } from "./seed-schema";
import { validateSeedData } from "./validate-seed-data";

let data: TSeedData;
beforeAll(async () => {
  data = await readSeedData();
});

function withRcp(slug: string, change: (rcp: TSeedRcp) => void): TSeedData {
  const copy = structuredClone(data);
  const rcp = copy.rcps.find((candidate) => candidate.slug === slug);
  if (!rcp) throw new Error(`no ${slug}`);
  change(rcp);
  return copy;
}

describe("the reference data", () => {
  it("holds the 14 RCPs of the 2008 matrix", () => {
    expect(data.rcps).toHaveLength(14);
  });

  it("lists as many member governments as each document states", () => {
    const counts = Object.fromEntries(data.rcps.map((rcp) => [rcp.slug, rcp.members.length]));
    expect(counts).toEqual(Object.fromEntries(data.rcps.map((rcp) => [rcp.slug, rcp.memberTotal])));
    expect(counts).toMatchObject({
      "budapest-process": 49,
      "bali-process": 42,
      "puebla-process": 11,
      apc: 33,
      "igad-rcp": 6,
    });
  });

  it("keeps APC's former member New Zealand apart from its 33 members", () => {
    const apc = data.rcps.find((rcp) => rcp.slug === "apc")!;
    expect(apc.members).not.toContain("NZ");
    expect(apc.formerMembers).toEqual([{ code: "NZ", until: "2003" }]);
  });
});

describe("loading refuses data that breaks an invariant", () => {
  it("an unknown country code, naming the RCP and field", () => {
    const broken = withRcp("midsa", (rcp) => (rcp.members[2] = "XY"));
    expect(() => validateSeedData(broken)).toThrow(
      'midsa: members[2] "XY" is not an ISO 3166-1 alpha-2 country code',
    );
  });

  it("a duplicate membership", () => {
    const broken = withRcp("colombo-process", (rcp) => {
      rcp.members.push(rcp.members[0]!);
      rcp.memberTotal += 1;
    });
    expect(() => validateSeedData(broken)).toThrow(/^colombo-process: members\[11\] "\w\w" is listed twice$/);
  });

  it("a member count that differs from the stated total", () => {
    const broken = withRcp("budapest-process", (rcp) => rcp.members.pop());
    expect(() => validateSeedData(broken)).toThrow(
      "budapest-process: members lists 48 governments but the document states a total of 49",
    );
  });

  it("an unknown organisation or theme", () => {
    expect(() => validateSeedData(withRcp("igc", (rcp) => rcp.observers.push({ org: "nowhere" })))).toThrow(
      /^igc: observers\[\d+\] "nowhere" is not in organisations.json$/,
    );
    expect(() => validateSeedData(withRcp("igc", (rcp) => rcp.themes.main.push("astrology")))).toThrow(
      /^igc: themes.main\[\d+\] "astrology" is not in themes.json$/,
    );
  });
});
