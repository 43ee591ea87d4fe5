// Where a recommendation or an outcome document sits: what every procedure decides access on.
import type { TDocumentKind } from "~/domain/activity-document/vocabulary";
import type { TVisibility } from "~/domain/activity/vocabulary";
import type { TActivityAudience } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import { recommendationAudience } from "./policy";

const DOCUMENT_PLACE = {
  id: true,
  kind: true,
  visibility: true,
  activityId: true,
  activity: { select: { visibility: true, hostRcpIds: true } },
} as const;

export type TDocumentPlace = {
  id: string;
  kind: TDocumentKind;
  activityId: string;
  /** The activity's own audience: who manages it. */
  activity: TActivityAudience;
  /** The narrower of document and activity: who sees what the document carries. */
  audience: TActivityAudience;
};

type TPlaceRow = {
  id: string;
  kind: TDocumentKind;
  visibility: TVisibility;
  activityId: string;
  activity: { visibility: TVisibility; hostRcpIds: string[] };
};

const placeOf = (row: TPlaceRow): TDocumentPlace => {
  const activity = { visibility: row.activity.visibility, hostRcpIds: row.activity.hostRcpIds };
  return {
    id: row.id,
    kind: row.kind,
    activityId: row.activityId,
    activity,
    audience: recommendationAudience(row.visibility, activity),
  };
};

export async function findDocumentPlace(db: TDb, documentId: string): Promise<TDocumentPlace | null> {
  const row = await db.activityDocument.findUnique({ where: { id: documentId }, select: DOCUMENT_PLACE });
  return row ? placeOf(row) : null;
}

export async function findRecommendationPlace(db: TDb, recommendationId: string) {
  const row = await db.recommendation.findUnique({
    where: { id: recommendationId },
    select: { id: true, document: { select: DOCUMENT_PLACE } },
  });
  return row ? { id: row.id, document: placeOf(row.document) } : null;
}

/** The ids behind the cross-process lists' address values; null for a value that names nothing. */
export async function findThemeAndRcp(db: TDb, themeSlug: string, rcpSlug: string | undefined) {
  const [theme, rcp] = await Promise.all([
    db.theme.findUnique({ where: { slug: themeSlug }, select: { id: true, slug: true, label: true } }),
    rcpSlug ? db.rcp.findUnique({ where: { slug: rcpSlug }, select: { id: true } }) : null,
  ]);
  return { theme, rcp };
}

export const findRcpForList = (db: TDb, slug: string) =>
  db.rcp.findUnique({ where: { slug }, select: { id: true, slug: true, shortName: true } });
