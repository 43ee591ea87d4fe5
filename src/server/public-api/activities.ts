// Activities as the public read API gives them: the public tier only, whoever asks. The filter
// is the policy's own (visibleActivitiesWhere with no viewer), never a tier test of its own.
import { listVisibleActivities, type TActivityCursor } from "~/server/activity/read";
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
import { WHEN_WHERE_SELECT } from "~/server/activity/when-where-select";

const PUBLIC = visibleActivitiesWhere(null);

const SUMMARY_SELECT = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  ...WHEN_WHERE_SELECT,
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

/**
 * A page of public activities, read by the activity pages' own query (read.ts) as a reader who is
 * nobody: the same filters, order, segments and keyset.
 */
export async function listApiActivities(
  db: TDb,
  query: Omit<TActivityListQuery, "cursor"> & { cursor?: TActivityCursor },
  today: Date,
): Promise<TActivityListResponse> {
  const { cursor, limit, ...filters } = query;
  const page = await listVisibleActivities(db, null, filters, cursor ?? null, today, limit);
  return {
    data: page.items.map(({ hosts, ...row }) => summary({ ...row, rcps: hosts.map((rcp) => ({ rcp })) })),
    nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
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
