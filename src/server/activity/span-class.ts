// "Under way" (started before today, not yet ended) as ranges an index can read. An activity
// under way today started at most its own length ago; the database files each activity under the
// smallest cap its length fits (its "spanClass", set by a trigger from its dates), so within a
// class the start lies in a bounded window before today instead of anywhere in the past.
import type { Prisma } from "~/generated/prisma/client";

/**
 * The caps of classes 0, 1, 2 in days; class 3 is longer, unbounded. The trigger
 * "activity_span_class" (migration 20261207190000) writes the same numbers.
 */
export const SPAN_CLASS_CAPS = [7, 31, 366] as const;

const DAY_MS = 86_400_000;

/** The activities under way on `today`: each class one range of start dates. */
export function underWayWhere(today: Date): Prisma.ActivityWhereInput {
  return {
    startDate: { lt: today },
    endDate: { gte: today },
    OR: [
      ...SPAN_CLASS_CAPS.map((cap, spanClass) => ({
        spanClass,
        startDate: { gte: new Date(today.getTime() - cap * DAY_MS) },
      })),
      { spanClass: SPAN_CLASS_CAPS.length },
    ],
  };
}
