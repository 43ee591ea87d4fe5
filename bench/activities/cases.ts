// What the activity bench times: the list with each filter alone and combined, a deep page, and the
// activity page, for an anonymous visitor and for a signed-in secretariat editor (whose lists also
// hold the activities of the tiers they may see, a harder query).
import type { TActivityCursor, TActivityFilters } from "../../src/server/activity/read";

export type TActor = "anonymous" | "editor";

export type TCase =
  | { key: string; actor: TActor; kind: "list"; filters: TActivityFilters; cursor?: TActivityCursor }
  | { key: string; actor: TActor; kind: "page"; slug: string };

/** Slugs and a cursor found in the generated data once it exists. */
export type TCaseData = { publicSlug: string; hostsOnlySlug: string; deepCursor: TActivityCursor };

const LIST_FILTERS: { key: string; filters: TActivityFilters }[] = [
  { key: "upcoming", filters: { when: "upcoming" } },
  { key: "past", filters: { when: "past" } },
  { key: "kind", filters: { when: "upcoming", kind: "WORKSHOP" } },
  { key: "theme", filters: { when: "upcoming", theme: "labour-migration" } },
  { key: "rcp", filters: { when: "upcoming", rcp: "budapest-process" } },
  { key: "country", filters: { when: "upcoming", country: "HU" } },
  { key: "region", filters: { when: "upcoming", region: "ASIA_OCEANIA" } },
  { key: "date range", filters: { when: "upcoming", from: "2027-01-01", to: "2027-03-31" } },
  {
    key: "kind+theme+country",
    filters: { when: "past", kind: "TRAINING", theme: "labour-migration", country: "TH" },
  },
  {
    key: "rcp+theme+range",
    filters: { when: "upcoming", rcp: "bali-process", theme: "labour-migration", to: "2027-12-31" },
  },
];

export function benchCases(data: TCaseData): TCase[] {
  const actors: TActor[] = ["anonymous", "editor"];
  return actors.flatMap((actor): TCase[] => [
    ...LIST_FILTERS.map(({ key, filters }) => ({
      key: `list ${key}`,
      actor,
      kind: "list" as const,
      filters,
    })),
    {
      key: "list deep page",
      actor,
      kind: "list",
      filters: { when: "past" },
      cursor: data.deepCursor,
    },
    { key: "page public", actor, kind: "page", slug: data.publicSlug },
    ...(actor === "editor"
      ? [{ key: "page hosts-only", actor, kind: "page" as const, slug: data.hostsOnlySlug }]
      : []),
  ]);
}

/** The tRPC route the pages' data goes through (GET, superjson's envelope). */
export function caseUrl(origin: string, benchCase: TCase): string {
  const [procedure, input] =
    benchCase.kind === "list"
      ? ["activity.list", { ...benchCase.filters, ...(benchCase.cursor ? { cursor: benchCase.cursor } : {}) }]
      : ["activity.get", { slug: benchCase.slug }];
  return `${origin}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}
