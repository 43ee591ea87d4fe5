// Duplicate-effort warnings: other processes' activities on the same themes, close in time, whose
// hosts share member states with the planning process. Read through the activity tier rule, so a
// warning never reveals an activity the reader may not see.
import type { Prisma } from "~/generated/prisma/client";
import {
  compareDuplicates,
  daysBetween,
  dayNumber,
  DUPLICATE_LIMIT,
  DUPLICATE_WINDOW_DAYS,
  type TDuplicateEffort,
} from "~/domain/duplicate-effort/schema";
import { visibleActivitiesWhere } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";

/** What is planned: by whom, on what, when (ISO days), and the activity itself when it exists. */
export type TPlan = {
  hostRcpIds: readonly string[];
  themeIds: readonly string[];
  startDate: string;
  endDate: string | null;
  activityId?: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const shiftDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

/** Current member states (and territories) of each process, by process id. */
async function memberStates(db: TDb, rcpIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await db.membership.findMany({
    where: {
      rcpId: { in: [...rcpIds] },
      role: "MEMBER",
      endDate: null,
      participant: { kind: { not: "ORGANISATION" } },
    },
    select: { rcpId: true, participantId: true },
  });
  const byRcp = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byRcp.get(row.rcpId) ?? new Set<string>();
    set.add(row.participantId);
    byRcp.set(row.rcpId, set);
  }
  return byRcp;
}

const union = (sets: (Set<string> | undefined)[]) => new Set(sets.flatMap((set) => [...(set ?? [])]));

export async function findDuplicateEfforts(
  db: TDb,
  access: TAccess,
  plan: TPlan,
): Promise<TDuplicateEffort[]> {
  if (plan.themeIds.length === 0 || plan.hostRcpIds.length === 0) return [];
  const end = plan.endDate ?? plan.startDate;
  const where: Prisma.ActivityWhereInput = {
    AND: [
      visibleActivitiesWhere(access),
      { themeIds: { hasSome: [...plan.themeIds] } },
      // Another process's: none of the planning hosts hosts it.
      { NOT: { hostRcpIds: { hasSome: [...plan.hostRcpIds] } } },
      { status: { not: "CANCELLED" } },
      { startDate: { lte: shiftDays(end, DUPLICATE_WINDOW_DAYS) } },
      {
        OR: [
          { endDate: { gte: shiftDays(plan.startDate, -DUPLICATE_WINDOW_DAYS) } },
          { endDate: null, startDate: { gte: shiftDays(plan.startDate, -DUPLICATE_WINDOW_DAYS) } },
        ],
      },
      ...(plan.activityId ? [{ id: { not: plan.activityId } }] : []),
    ],
  };
  const candidates = await db.activity.findMany({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      startDate: true,
      endDate: true,
      location: true,
      isOnline: true,
      contact: true,
      hostRcpIds: true,
      themeIds: true,
    },
  });
  if (candidates.length === 0) return [];
  const hostIds = [...new Set(candidates.flatMap((activity) => activity.hostRcpIds))];
  const themeIds = [...new Set(candidates.flatMap((activity) => activity.themeIds))];
  const [members, hosts, themes] = await Promise.all([
    memberStates(db, [...plan.hostRcpIds, ...hostIds]),
    db.rcp.findMany({
      where: { id: { in: hostIds } },
      select: { id: true, slug: true, shortName: true, localizedNames: true, website: true },
    }),
    db.theme.findMany({ where: { id: { in: themeIds } }, select: { id: true, slug: true, label: true } }),
  ]);
  const mine = union(plan.hostRcpIds.map((id) => members.get(id)));
  const hostById = new Map(hosts.map(({ id, ...host }) => [id, host]));
  const themeById = new Map(themes.map(({ id, ...theme }) => [id, theme]));
  const planned = new Set(plan.themeIds);
  const ranked = candidates.flatMap((activity) => {
    const theirs = union(activity.hostRcpIds.map((id) => members.get(id)));
    const sharedMemberStates = [...theirs].filter((id) => mine.has(id)).length;
    if (sharedMemberStates === 0) return [];
    const startDate = isoDay(activity.startDate);
    const endDate = activity.endDate ? isoDay(activity.endDate) : null;
    const gap = daysBetween({ start: plan.startDate, end }, { start: startDate, end: endDate });
    return [
      {
        gap,
        activityId: activity.id,
        slug: activity.slug,
        title: activity.title,
        kind: activity.kind,
        startDate,
        endDate,
        location: activity.location,
        isOnline: activity.isOnline,
        contact: activity.contact,
        hosts: activity.hostRcpIds.flatMap((id) => hostById.get(id) ?? []),
        sharedThemes: activity.themeIds
          .filter((id) => planned.has(id))
          .flatMap((id) => themeById.get(id) ?? []),
        sharedMemberStates,
        daysFromPlan: dayNumber(startDate) - dayNumber(plan.startDate),
        isConcurrent: gap === 0,
      },
    ];
  });
  return ranked
    .sort(compareDuplicates)
    .slice(0, DUPLICATE_LIMIT)
    .map(({ gap: _gap, ...item }) => item);
}

/** An existing activity as a plan: its accepted hosts, themes and dates. */
export async function activityAsPlan(db: TDb, activityId: string): Promise<TPlan | null> {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: { id: true, hostRcpIds: true, themeIds: true, startDate: true, endDate: true },
  });
  if (!activity) return null;
  return {
    activityId: activity.id,
    hostRcpIds: activity.hostRcpIds,
    themeIds: activity.themeIds,
    startDate: isoDay(activity.startDate),
    endDate: activity.endDate ? isoDay(activity.endDate) : null,
  };
}
