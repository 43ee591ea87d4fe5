// The words an activity is described with, shared by the form, the server and the filters.

export const ACTIVITY_KINDS = [
  "MINISTERIAL_CONFERENCE",
  "SENIOR_OFFICIALS_MEETING",
  "WORKSHOP",
  "TRAINING",
  "SEMINAR",
  "INFORMATION_CAMPAIGN",
  "MEETING",
  "FORUM",
  "OTHER",
] as const;

/** Widest first: a document attached to an activity may narrow its visibility, never widen it. */
export const VISIBILITIES = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;

export const ACTIVITY_STATUSES = ["SCHEDULED", "POSTPONED", "CANCELLED"] as const;

export type TActivityKind = (typeof ACTIVITY_KINDS)[number];
export type TVisibility = (typeof VISIBILITIES)[number];
export type TActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Limits stated once; the form shows them and the server enforces them. */
export const ACTIVITY_LIMITS = {
  title: 300,
  summary: 20_000,
  location: 200,
  contact: 300,
  themes: 20,
  workingLanguages: 10,
  earliestYear: 1980,
  latestYear: 2100,
} as const;
