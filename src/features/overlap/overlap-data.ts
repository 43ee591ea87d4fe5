import type { TOverlap } from "~/server/rcp/overlap";

/** What the page hands to the heatmap: the overlap read plus state names in the reader's language. */
export type THeatmapData = {
  rcps: Pick<TOverlap["rcps"][number], "slug" | "shortName" | "region" | "members">[];
  cells: TOverlap["cells"];
  countryNames: Record<string, string>;
};

export type TPair = { shared: number; jaccard: number; codes: string[] };

const NO_OVERLAP: TPair = { shared: 0, jaccard: 0, codes: [] };

/** The overlap of two RCPs in either order; an RCP without members has no row in the data. */
export function pairLookup(cells: THeatmapData["cells"]): (a: string, b: string) => TPair {
  const byKey = new Map(cells.map((cell) => [`${cell.a}|${cell.b}`, cell]));
  return (a, b) => byKey.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? NO_OVERLAP;
}
