// What a calendar feed reads of an activity, in one select shared by every feed.
import type { TActivityStatus } from "~/domain/activity/vocabulary";
import type { Prisma } from "~/generated/prisma/client";
import type { TLocale } from "~/i18n/routing";
import type { TDatePrecision } from "~/lib/partial-date";
import { rcpShortName } from "~/domain/rcp/names";
import { ACCEPTED_HOST } from "~/server/activity/policy";
import { WHEN_WHERE_SELECT } from "~/server/activity/when-where-select";

export const FEED_ACTIVITY_SELECT = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  ...WHEN_WHERE_SELECT,
  version: true,
  updatedAt: true,
  rcps: {
    where: { ...ACCEPTED_HOST, rcp: { archivedAt: null } },
    orderBy: { rcp: { shortName: "asc" } },
    select: { rcp: { select: { shortName: true, localizedNames: true } } },
  },
} as const satisfies Prisma.ActivitySelect;

export type TFeedRow = Prisma.ActivityGetPayload<{ select: typeof FEED_ACTIVITY_SELECT }>;

export type TFeedActivity = {
  id: string;
  slug: string;
  title: unknown;
  summary: unknown;
  status: TActivityStatus;
  startDate: Date;
  startPrecision: TDatePrecision;
  endDate: Date | null;
  endPrecision: TDatePrecision | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
  location: string | null;
  countryCode: string | null;
  isOnline: boolean;
  version: number;
  updatedAt: Date;
  hostNames: string[];
};

export function toFeedActivity(row: TFeedRow, locale: TLocale): TFeedActivity {
  const { rcps, ...activity } = row;
  return { ...activity, hostNames: rcps.map((host) => rcpShortName(host.rcp, locale)) };
}
