import type { Prisma } from "~/generated/prisma/client";

/** When and where an activity takes place: the columns every view of an activity reads. */
export const WHEN_WHERE_SELECT = {
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  location: true,
  countryCode: true,
  isOnline: true,
} as const satisfies Prisma.ActivitySelect;
