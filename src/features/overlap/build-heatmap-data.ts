import "server-only";
import { REGIONS } from "~/domain/rcp/regions";
import type { TLocale } from "~/i18n/routing";
import { countryName } from "~/domain/country/names";
import { rcpShortName } from "~/domain/rcp/names";
import type { TOverlap } from "~/server/rcp/overlap";
import type { THeatmapData } from "./overlap-data";

const regionIndex = (region: string) => (REGIONS as readonly string[]).indexOf(region);

/**
 * The overlap read, shaped for the heatmap in one language: RCPs by region, then in the reader's
 * alphabetical order (not the database collation's), and state names resolved on the server so
 * the ISO name lists never reach the browser.
 */
export function buildHeatmapData(overlap: TOverlap, locale: TLocale): THeatmapData {
  const collator = new Intl.Collator(locale);
  const rcps = overlap.rcps
    .map((rcp) => ({
      slug: rcp.slug,
      shortName: rcpShortName(rcp, locale),
      region: rcp.region,
      members: rcp.members,
    }))
    .sort(
      (a, b) => regionIndex(a.region) - regionIndex(b.region) || collator.compare(a.shortName, b.shortName),
    );
  const codes = new Set(overlap.cells.flatMap((cell) => cell.codes));
  return {
    rcps,
    cells: overlap.cells,
    countryNames: Object.fromEntries([...codes].map((code) => [code, countryName(code, locale)])),
  };
}
