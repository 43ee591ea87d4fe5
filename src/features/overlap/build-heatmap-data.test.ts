import { describe, expect, it } from "vitest";
import type { TOverlap } from "~/server/rcp/overlap";
import { buildHeatmapData } from "./build-heatmap-data";

const overlap: TOverlap = {
  rcps: [
    { slug: "bali-process", shortName: "Bali Process", region: "THEMATIC", members: 42 },
    { slug: "apc", shortName: "APC", region: "ASIA_OCEANIA", members: 33 },
    { slug: "abu-dhabi-dialogue", shortName: "Abu Dhabi Dialogue", region: "ASIA_OCEANIA", members: 20 },
    { slug: "budapest-process", shortName: "Budapest Process", region: "EUROPE_FSU", members: 49 },
  ],
  cells: [{ a: "abu-dhabi-dialogue", b: "apc", shared: 2, jaccard: 2 / 51, codes: ["CN", "DE"] }],
};

describe("buildHeatmapData", () => {
  it("orders RCPs by region, then alphabetically whatever the letter case", () => {
    expect(buildHeatmapData(overlap, "en").rcps.map((rcp) => rcp.slug)).toEqual([
      "budapest-process",
      "abu-dhabi-dialogue",
      "apc",
      "bali-process",
    ]);
  });

  it("names every shared state in the reader's language", () => {
    expect(buildHeatmapData(overlap, "fr").countryNames).toEqual({
      CN: "Chine",
      DE: "Allemagne",
    });
    expect(buildHeatmapData(overlap, "es").countryNames.DE).toBe("Alemania");
  });
});
