import type { TDb } from "~/server/db-client";
import { ACCEPTED_HOST, visibleActivitiesWhere } from "./policy";

/**
 * Every public activity, oldest first, with the RCPs that held it; one query. Activities shared
 * only among secretariats never leave the database through here.
 */
export function listPublicActivities(db: TDb) {
  return db.activity.findMany({
    where: visibleActivitiesWhere(null),
    orderBy: [{ startDate: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      title: true,
      kind: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      location: true,
      summary: true,
      rcps: {
        where: { ...ACCEPTED_HOST, rcp: { archivedAt: null } },
        orderBy: { rcp: { shortName: "asc" } },
        select: { rcp: { select: { slug: true, shortName: true, localizedNames: true } } },
      },
    },
  });
}

export type TPublicActivity = Awaited<ReturnType<typeof listPublicActivities>>[number];
