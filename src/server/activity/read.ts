// Reading activities: every query here filters by what the caller may see (policy.ts), so a
// hidden activity is absent — not refused — wherever it would have appeared.
import type { TActivityKind } from "~/domain/activity/vocabulary";
import type { TRegion } from "~/domain/rcp/regions";
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import {
  ACCEPTED_HOST,
  canManageActivity,
  isSecretariatMember,
  managingHostId,
  visibleActivitiesWhere,
} from "./policy";
import { linkFilters, listedHosts } from "./list-links";
import { underWayWhere } from "./span-class";
import { WHEN_WHERE_SELECT } from "./when-where-select";

const HOSTS_SELECT = {
  where: { ...ACCEPTED_HOST, rcp: { archivedAt: null } },
  orderBy: { rcp: { shortName: "asc" } },
  select: { rcp: { select: { id: true, slug: true, shortName: true, localizedNames: true } } },
} as const satisfies Prisma.Activity$rcpsArgs;

const LIST_SELECT = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  visibility: true,
  ...WHEN_WHERE_SELECT,
} as const satisfies Prisma.ActivitySelect;

const SUMMARY_SELECT = { ...LIST_SELECT, rcps: HOSTS_SELECT } as const satisfies Prisma.ActivitySelect;

/** One activity the caller may see, with what its page shows; null when it may not (or is none). */
export async function findVisibleActivity(db: TDb, access: TAccess | null, slug: string) {
  const row = await db.activity.findFirst({
    where: { slug, ...visibleActivitiesWhere(access) },
    select: {
      ...SUMMARY_SELECT,
      summary: true,
      workingLanguages: true,
      contact: true,
      version: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      themes: { select: { theme: { select: { slug: true, label: true } } } },
    },
  });
  if (!row) return null;
  const hosts = row.rcps.map((host) => host.rcp);
  const { rcps: _rcps, updatedBy, ...activity } = row;
  return {
    ...activity,
    hosts: hosts.map(({ slug, shortName, localizedNames }) => ({ slug, shortName, localizedNames })),
    themes: row.themes.map((link) => link.theme),
    // A secretariat's staff are named to their peers only; the tier, too, is their business.
    updatedByName: isSecretariatMember(access) ? (updatedBy?.name ?? null) : null,
    isReaderSecretariat: isSecretariatMember(access),
    canManage: access
      ? canManageActivity(access, { ...activity, hostRcpIds: hosts.map((h) => h.id) })
      : false,
    // Where its "Manage" link leads: never set for nobody, so the cached public page has none.
    manageRcpSlug: access
      ? (hosts.find(
          (h) =>
            h.id ===
            managingHostId(
              access,
              hosts.map((x) => x.id),
            ),
        )?.slug ?? null)
      : null,
  };
}

export type TVisibleActivity = NonNullable<Awaited<ReturnType<typeof findVisibleActivity>>>;

export type TActivityFilters = {
  when: "upcoming" | "past";
  kind?: TActivityKind;
  rcp?: string;
  region?: TRegion;
  theme?: string;
  country?: string;
  from?: string;
  to?: string;
};
export type TActivityCursor = { startDate: string; id: string; direction?: "after" | "before" };

export const ACTIVITY_PAGE_SIZE = 20;

/**
 * A page of the activities the caller may see: upcoming soonest first, past latest first. Keyset
 * pagination on (start date, id), so a page costs the same however deep it is. Going back reads
 * the rows before the cursor in reverse order and turns them round.
 */
export async function listVisibleActivities(
  db: TDb,
  access: TAccess | null,
  filters: TActivityFilters,
  cursor: TActivityCursor | null,
  today: Date,
  pageSize = ACTIVITY_PAGE_SIZE,
) {
  const isUpcoming = filters.when === "upcoming";
  const isBack = cursor?.direction === "before";
  const forward = isUpcoming ? "asc" : "desc";
  const order = isBack ? (forward === "asc" ? "desc" : "asc") : forward;
  const startDateRange: Prisma.DateTimeFilter = {
    ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
    ...(filters.to ? { lte: new Date(`${filters.to}T00:00:00Z`) } : {}),
  };
  const filtered: Prisma.ActivityWhereInput[] = [
    visibleActivitiesWhere(access),
    filters.kind ? { kind: filters.kind } : {},
    ...(await linkFilters(db, filters)),
    filters.country ? { countryCode: filters.country } : {},
    Object.keys(startDateRange).length > 0 ? { startDate: startDateRange } : {},
    cursor ? afterCursor(cursor, order) : {},
  ];
  // Each segment is one ordered index range, read in turn: upcoming are those under way (started,
  // not ended) and then those still to start; past, those over. Asking for "not over yet" in one
  // condition would walk every past activity first, and past ones outnumber upcoming ones. "Under
  // way" is itself a few bounded ranges, one per length class (span-class.ts).
  const upcoming: Prisma.ActivityWhereInput[] = [underWayWhere(today), { startDate: { gte: today } }];
  const segments: Prisma.ActivityWhereInput[] = isUpcoming
    ? isBack
      ? upcoming.reverse()
      : upcoming
    : [{ startDate: { lt: today }, OR: [{ endDate: null }, { endDate: { lt: today } }] }];
  const rows: Awaited<ReturnType<typeof readSegment>> = [];
  for (const segment of segments) {
    if (rows.length > pageSize) break;
    rows.push(...(await readSegment(db, [...filtered, segment], order, pageSize + 1 - rows.length)));
  }
  const hasMore = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (isBack) page.reverse();
  const hostsOf = await listedHosts(db, page);
  const items = page.map(({ hostRcpIds, ...activity }) => ({ ...activity, hosts: hostsOf(hostRcpIds) }));
  const edge = (row: { startDate: Date; id: string } | undefined) =>
    row ? { startDate: row.startDate.toISOString().slice(0, 10), id: row.id } : null;
  // Forward, the rows beyond the page say whether there is a next one, and a cursor that there is
  // a previous one; going back, the other way round.
  const nextCursor = !isBack && !hasMore ? null : edge(items.at(-1));
  const previousCursor = isBack ? (hasMore ? edge(items[0]) : null) : cursor ? edge(items[0]) : null;
  return { items, nextCursor, previousCursor };
}

function readSegment(db: TDb, where: Prisma.ActivityWhereInput[], order: "asc" | "desc", take: number) {
  return db.activity.findMany({
    where: { AND: where },
    orderBy: [{ startDate: order }, { id: order }],
    take,
    select: { ...LIST_SELECT, hostRcpIds: true },
  });
}

function afterCursor(cursor: TActivityCursor, order: "asc" | "desc"): Prisma.ActivityWhereInput {
  const startDate = new Date(`${cursor.startDate}T00:00:00Z`);
  const beyond = order === "asc" ? "gt" : "lt";
  const from = order === "asc" ? "gte" : "lte";
  // The first condition alone decides; it lets the index start at the cursor instead of the top.
  return {
    startDate: { [from]: startDate },
    OR: [{ startDate: { [beyond]: startDate } }, { startDate, id: { [beyond]: cursor.id } }],
  };
}
