// The activities each calendar feed holds. Every query goes through visibleActivitiesWhere: the
// public feeds ask as nobody (public activities only), the personal feed as its owner.
import type { Prisma } from "~/generated/prisma/client";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { rcpShortName } from "~/domain/rcp/names";
import { ACCEPTED_HOST, visibleActivitiesWhere } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import { FEED_ACTIVITY_SELECT, toFeedActivity } from "./feed-activity";

/**
 * A feed holds at most this many activities, the latest by start date: calendar programs fetch
 * a subscription whole, again and again, and give up on very large ones.
 */
export const FEED_LIMIT = 2_000;

async function readActivities(db: TDb, locale: TLocale, where: Prisma.ActivityWhereInput) {
  const rows = await db.activity.findMany({
    where,
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    take: FEED_LIMIT,
    select: FEED_ACTIVITY_SELECT,
  });
  return rows.map((row) => toFeedActivity(row, locale));
}

const PUBLIC = visibleActivitiesWhere(null);

export function readPublicFeed(db: TDb, locale: TLocale) {
  return readActivities(db, locale, PUBLIC);
}

/** The process's name in the feed's language and its public activities; null for no such process. */
export async function readRcpFeed(db: TDb, locale: TLocale, slug: string) {
  const rcp = await db.rcp.findFirst({
    where: { slug, archivedAt: null },
    select: { id: true, shortName: true, localizedNames: true },
  });
  if (!rcp) return null;
  const activities = await readActivities(db, locale, {
    AND: [PUBLIC, { rcps: { some: { ...ACCEPTED_HOST, rcpId: rcp.id } } }],
  });
  return { name: rcpShortName(rcp, locale), activities };
}

export async function readThemeFeed(db: TDb, locale: TLocale, slug: string) {
  const theme = await db.theme.findUnique({ where: { slug }, select: { id: true, label: true } });
  if (!theme) return null;
  const activities = await readActivities(db, locale, {
    AND: [PUBLIC, { themes: { some: { themeId: theme.id } } }],
  });
  return { name: resolveText(theme.label, locale).text || slug, activities };
}

export function readPersonalFeed(db: TDb, locale: TLocale, access: TAccess) {
  return readActivities(db, locale, visibleActivitiesWhere(access));
}

/** One activity, if `access` (null: anyone) may see it. */
export async function readOneActivity(db: TDb, locale: TLocale, access: TAccess | null, slug: string) {
  const row = await db.activity.findFirst({
    where: { slug, ...visibleActivitiesWhere(access) },
    select: { ...FEED_ACTIVITY_SELECT, visibility: true },
  });
  if (!row) return null;
  const { visibility, ...rest } = row;
  return { activity: toFeedActivity(rest, locale), isPublic: visibility === "PUBLIC" };
}
