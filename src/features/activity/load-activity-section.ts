import "server-only";
import { publicCaller, requestCaller } from "~/trpc/server";

export const SECTION_SIZE = 5;

type TSectionFilter = { rcp: string } | { country: string };

/**
 * A few activities of one process or country for its page, as the reader may see them (the tier
 * rule is applied by activity.list): the upcoming ones soonest first, then the latest past ones.
 * "public" reads as nobody, for the cached page; "request" as this request's reader.
 */
export async function loadActivitySection(filter: TSectionFilter, reader: "public" | "request") {
  const caller = reader === "public" ? publicCaller : await requestCaller();
  const [upcoming, past] = await Promise.all([
    caller.activity.list({ when: "upcoming", ...filter }),
    caller.activity.list({ when: "past", ...filter }),
  ]);
  return [...upcoming.items, ...past.items].slice(0, SECTION_SIZE);
}

export type TActivitySectionItems = Awaited<ReturnType<typeof loadActivitySection>>;
