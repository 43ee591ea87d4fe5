/** The world regions of the RCPs, in the order of the database's Region enum: legends and lists follow it. */
export const REGIONS = [
  "EUROPE_FSU",
  "AMERICAS_CARIBBEAN",
  "WESTERN_MEDITERRANEAN",
  "AFRICA",
  "ASIA_OCEANIA",
  "THEMATIC",
] as const;

export type TRegion = (typeof REGIONS)[number];
