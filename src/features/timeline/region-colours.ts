import type { TRegion } from "~/domain/rcp/regions";

/**
 * One hue per region, in the order of the Region enum. Each reaches at least 4.5:1 against the
 * white and canvas backgrounds, so the marks stay visible as graphics (WCAG 1.4.11 needs 3:1);
 * every mark also names its region in text, so colour is never the only cue.
 */
export const REGION_COLOURS: Record<TRegion, string> = {
  EUROPE_FSU: "#1d4ed8",
  AMERICAS_CARIBBEAN: "#b3261e",
  WESTERN_MEDITERRANEAN: "#0f766e",
  AFRICA: "#b45309",
  ASIA_OCEANIA: "#8e3f97",
  THEMATIC: "#5b6470",
};

export const REGION_ORDER = Object.keys(REGION_COLOURS) as TRegion[];
