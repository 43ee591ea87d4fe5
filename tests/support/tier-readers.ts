// The seven readers of the marker tests and which activity tiers each may see, by the one rule of
// src/server/activity/policy.ts: anonymous the public tier, any secretariat also the secretariats'
// tier, the hosts (co-hosts included) and administrators everything.
import type { TVisibility } from "~/domain/activity/vocabulary";

export const READERS = [
  "anonymous",
  "otherEditor",
  "otherViewer",
  "hostEditor",
  "hostViewer",
  "coHost",
  "admin",
] as const;
export type TReader = (typeof READERS)[number];

export const TIERS: TVisibility[] = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"];

export const MAY_SEE: Record<TVisibility, readonly TReader[]> = {
  PUBLIC: READERS,
  ALL_SECRETARIATS: READERS.filter((reader) => reader !== "anonymous"),
  HOSTS: ["hostEditor", "hostViewer", "coHost", "admin"],
};
