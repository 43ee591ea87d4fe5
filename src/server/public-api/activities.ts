// Activities as the public read API gives them: the public tier only, whoever asks. The filter
// is the policy's own (visibleActivitiesWhere with no viewer), never a tier test of its own.
import type { TActivityCursor } from "~/server/activity/read";
import { ACCEPTED_HOST, visibleActivitiesWhere } from "~/server/activity/policy";
import type {
  TActivityDetail,
  TActivityListQuery,
  TActivityListResponse,
  TActivitySummary,
} from "~/domain/public-api/activities";
import { apiLocalizedText, apiPartialDate } from "~/domain/public-api/common";
import { encodeCursor } from "~/domain/public-api/cursor";
import { rcpShortName } from "~/domain/rcp/names";
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";

const PUBLIC = visibleActivitiesWhere(null);

const SUMMARY_SELECT = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
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
  rcps: {
    where: { ...ACCEPTED_HOST, rcp: { archivedAt: null } },
    orderBy: { rcp: { slug: "asc" } },
    select: { rcp: { select: { slug: true, shortName: true, localizedNames: true } } },
  },
} as const satisfies Prisma.ActivitySelect;

type TSummaryRow = Prisma.ActivityGetPayload<{ select: typeof SUMMARY_SELECT }>;

function summary(row: TSummaryRow): TActivitySummary {
  return {
    slug: row.slug,
    title: apiLocalizedText(row.title),
    kind: row.kind,
    status: row.status,
    start: apiPartialDate(row.startDate, row.startPrecision),
    end: row.endDate ? apiPartialDate(row.endDate, row.endPrecision ?? "DAY") : null,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    timeZone: row.timeZone,
    location: row.location,
    country: row.countryCode,
    isOnline: row.isOnline,
    hosts: row.rcps.map(({ rcp }) => ({
      slug: rcp.slug,
      shortName: { en: rcpShortName(rcp, "en"), fr: rcpShortName(rcp, "fr"), es: rcpShortName(rcp, "es") },
    })),
  };
}

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * A page of public activities, ordered and split as the activity pages do (read.ts): upcoming
 * soonest first, past latest first, keyset on (start date, id).
 */
export async function listApiActivities(
  db: TDb,
  query: Omit<TActivityListQuery, "cursor"> & { cursor?: TActivityCursor },
  today: Date,
): Promise<TActivityListResponse> {
  const isUpcoming = query.when === "upcoming";
  const order = isUpcoming ? "asc" : "desc";
  const beyond = isUpcoming ? "gt" : "lt";
  const hostedBy = (rcp: Prisma.RcpWhereInput): Prisma.ActivityWhereInput => ({
    rcps: { some: { ...ACCEPTED_HOST, rcp } },
  });
  const where: Prisma.ActivityWhereInput = {
    AND: [
      PUBLIC,
      isUpcoming
        ? { OR: [{ endDate: { gte: today } }, { endDate: null, startDate: { gte: today } }] }
        : { OR: [{ endDate: { lt: today } }, { endDate: null, startDate: { lt: today } }] },
      query.kind ? { kind: query.kind } : {},
      query.rcp ? hostedBy({ slug: query.rcp, archivedAt: null }) : {},
      query.region ? hostedBy({ region: query.region, archivedAt: null }) : {},
      query.theme ? { themes: { some: { theme: { slug: query.theme } } } } : {},
      query.country ? { countryCode: query.country } : {},
      query.from ? { startDate: { gte: day(query.from) } } : {},
      query.to ? { startDate: { lte: day(query.to) } } : {},
      query.cursor
        ? {
            OR: [
              { startDate: { [beyond]: day(query.cursor.startDate) } },
              { startDate: day(query.cursor.startDate), id: { [beyond]: query.cursor.id } },
            ],
          }
        : {},
    ],
  };
  const rows = await db.activity.findMany({
    where,
    orderBy: [{ startDate: order }, { id: order }],
    take: query.limit + 1,
    select: SUMMARY_SELECT,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(summary),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ startDate: last.startDate.toISOString().slice(0, 10), id: last.id })
        : null,
  };
}

export async function getApiActivity(db: TDb, slug: string): Promise<TActivityDetail | null> {
  const row = await db.activity.findFirst({
    where: { AND: [PUBLIC, { slug }] },
    select: {
      ...SUMMARY_SELECT,
      summary: true,
      workingLanguages: true,
      contact: true,
      version: true,
      updatedAt: true,
      themes: {
        orderBy: { theme: { slug: "asc" } },
        select: { theme: { select: { slug: true, label: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    ...summary(row),
    summary: apiLocalizedText(row.summary),
    themes: row.themes.map(({ theme }) => ({ slug: theme.slug, label: apiLocalizedText(theme.label) })),
    workingLanguages: row.workingLanguages,
    contact: row.contact,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
