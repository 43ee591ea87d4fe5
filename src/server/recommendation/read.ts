// Reading recommendations: each list filters by the one rule of policy.ts, reads the status kept
// for the reader's tier, and pages by keyset (the id of the last row seen).
import { OPEN_STATUSES, RECOMMENDATION_LIMITS } from "~/domain/recommendation/vocabulary";
import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import type { Prisma } from "~/generated/prisma/client";
import { ACCEPTED_HOST, type TActivityAudience } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";
import { statusColumnFor, statusWhere, visibleFollowUpsWhere, visibleRecommendationsWhere } from "./policy";
import { FOLLOW_UP_SELECT, presentFollowUp, STATUS_SELECT, THEMES_SELECT } from "./present";

const PAGE = RECOMMENDATION_LIMITS.pageSize;

const page = <T extends { id: string }>(rows: T[]) => ({
  items: rows.slice(0, PAGE),
  nextCursor: rows.length > PAGE ? (rows[PAGE - 1]?.id ?? null) : null,
});
const after = (cursor: string | undefined) => ({
  cursor: cursor ? { id: cursor } : undefined,
  skip: cursor ? 1 : 0,
});

/** The recommendations of a document the reader may see, by number, with the follow-up they may read. */
export async function listByDocument(
  db: TDb,
  access: TAccess | null,
  documentId: string,
  audience: TActivityAudience,
  cursor?: string,
) {
  const column = statusColumnFor(access, audience.hostRcpIds);
  const rows = await db.recommendation.findMany({
    where: { documentId },
    orderBy: [{ number: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    ...after(cursor),
    select: {
      id: true,
      number: true,
      text: true,
      version: true,
      ...STATUS_SELECT,
      themes: THEMES_SELECT,
      followUps: {
        where: visibleFollowUpsWhere(access, audience.hostRcpIds),
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
        select: FOLLOW_UP_SELECT,
      },
    },
  });
  const isHostView = column === "statusHosts";
  const { items, nextCursor } = page(rows);
  return {
    items: items.map((row) => ({
      id: row.id,
      number: row.number,
      text: row.text as Record<string, string>,
      version: row.version,
      status: row[column],
      themes: row.themes.map((link) => link.theme),
      history: row.followUps.map((followUp) => presentFollowUp(access, followUp, isHostView)),
    })),
    nextCursor,
  };
}

/** How many of a document's recommendations are in each status, as the reader's tier sees them. */
export async function progressOf(
  db: TDb,
  access: TAccess | null,
  documentId: string,
  hostRcpIds: readonly string[],
) {
  const column = statusColumnFor(access, hostRcpIds);
  const groups = await db.recommendation.groupBy({ by: [column], where: { documentId }, _count: true });
  const counts: Partial<Record<TRecommendationStatus, number>> = {};
  for (const group of groups) counts[group[column]] = group._count;
  return { total: groups.reduce((sum, group) => sum + group._count, 0), counts };
}

/** One recommendation's history as the reader may read it, newest first. */
export async function historyOf(
  db: TDb,
  access: TAccess | null,
  recommendationId: string,
  audience: TActivityAudience,
) {
  const rows = await db.recommendationFollowUp.findMany({
    where: { recommendationId, ...visibleFollowUpsWhere(access, audience.hostRcpIds) },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    select: FOLLOW_UP_SELECT,
  });
  const isHostView = statusColumnFor(access, audience.hostRcpIds) === "statusHosts";
  return rows.map((row) => presentFollowUp(access, row, isHostView));
}

const ACROSS_SELECT = {
  id: true,
  number: true,
  text: true,
  ...STATUS_SELECT,
  themes: THEMES_SELECT,
  document: {
    select: {
      id: true,
      title: true,
      kind: true,
      activity: {
        select: {
          slug: true,
          title: true,
          startDate: true,
          hostRcpIds: true,
          rcps: { where: ACCEPTED_HOST, select: { rcp: { select: { slug: true, shortName: true } } } },
        },
      },
    },
  },
} as const satisfies Prisma.RecommendationSelect;

async function listAcross(
  db: TDb,
  access: TAccess | null,
  where: Prisma.RecommendationWhereInput,
  cursor?: string,
) {
  const rows = await db.recommendation.findMany({
    where: { AND: [visibleRecommendationsWhere(access), where] },
    // Newest outcomes first; a paste's items share their creation time and stay in number order.
    orderBy: [{ createdAt: "desc" }, { documentId: "asc" }, { number: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    ...after(cursor),
    select: ACROSS_SELECT,
  });
  const { items, nextCursor } = page(rows);
  return {
    items: items.map((row) => {
      const activity = row.document.activity;
      return {
        id: row.id,
        number: row.number,
        text: row.text as Record<string, string>,
        status: row[statusColumnFor(access, activity.hostRcpIds)],
        themes: row.themes.map((link) => link.theme),
        document: { id: row.document.id, title: row.document.title, kind: row.document.kind },
        activity: {
          slug: activity.slug,
          title: activity.title as Record<string, string>,
          startDate: activity.startDate,
        },
        hosts: activity.rcps.map((host) => host.rcp),
      };
    }),
    nextCursor,
  };
}

/** What a process left open: its hosted activities' recommendations not yet implemented or closed. */
export const listOpenByRcp = (db: TDb, access: TAccess | null, rcpId: string, cursor?: string) =>
  listAcross(
    db,
    access,
    { AND: [{ document: { activity: { hostRcpIds: { has: rcpId } } } }, statusWhere(access, OPEN_STATUSES)] },
    cursor,
  );

/** Across processes: what was recommended under a theme, and how far it went. */
export const listByTheme = (
  db: TDb,
  access: TAccess | null,
  filter: { themeId: string; status?: TRecommendationStatus; rcpId?: string },
  cursor?: string,
) =>
  listAcross(
    db,
    access,
    {
      AND: [
        { themes: { some: { themeId: filter.themeId } } },
        filter.rcpId ? { document: { activity: { hostRcpIds: { has: filter.rcpId } } } } : {},
        filter.status ? statusWhere(access, [filter.status]) : {},
      ],
    },
    cursor,
  );

/** What a document's recommendations page is headed with: the document and its activity. */
export async function documentHeading(db: TDb, documentId: string) {
  const row = await db.activityDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: { title: true, kind: true, activity: { select: { slug: true, title: true } } },
  });
  return {
    title: row.title,
    kind: row.kind,
    activity: { slug: row.activity.slug, title: row.activity.title as Record<string, string> },
  };
}

/** The hosts an editor may record follow-up for, each with its current member states to name. */
export async function actingHostsFor(db: TDb, access: TAccess, hostRcpIds: readonly string[]) {
  const ids = hostRcpIds.filter((id) => isAdmin(access) || access.rcpRoles[id] === "EDITOR");
  const rows = await db.rcp.findMany({
    where: { id: { in: ids } },
    orderBy: { shortName: "asc" },
    select: {
      id: true,
      shortName: true,
      memberships: {
        where: { role: "MEMBER", endDate: null, participant: { kind: "STATE" } },
        select: { participant: { select: { code: true } } },
        orderBy: { participant: { code: "asc" } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    shortName: row.shortName,
    memberStates: row.memberships.map((membership) => membership.participant.code),
  }));
}
