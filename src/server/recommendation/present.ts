// What readers are sent of a recommendation and its follow-up: explicit shapes, the status as the
// reader's tier sees it, and evidence documents only when the reader may see them.
import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import type { TVisibility } from "~/domain/activity/vocabulary";
import type { Prisma } from "~/generated/prisma/client";
import { canSeeActivity } from "~/server/activity/policy";
import type { TAccess } from "~/server/user/access";
import { recommendationAudience, type TStatusColumn } from "./policy";

export const FOLLOW_UP_SELECT = {
  id: true,
  status: true,
  date: true,
  visibility: true,
  evidenceText: true,
  evidenceUrl: true,
  recordedAt: true,
  rcp: { select: { slug: true, shortName: true } },
  actors: { select: { participant: { select: { code: true } } }, orderBy: { participantId: "asc" } },
  evidenceDocument: {
    select: {
      id: true,
      title: true,
      visibility: true,
      activity: { select: { visibility: true, hostRcpIds: true } },
    },
  },
  recordedBy: { select: { name: true } },
} as const satisfies Prisma.RecommendationFollowUpSelect;

type TFollowUpRow = Prisma.RecommendationFollowUpGetPayload<{ select: typeof FOLLOW_UP_SELECT }>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** `isHostView`: hosts and administrators also see who recorded the entry. */
export function presentFollowUp(access: TAccess | null, row: TFollowUpRow, isHostView: boolean) {
  const evidence = row.evidenceDocument;
  const isEvidenceVisible =
    evidence !== null &&
    canSeeActivity(access, recommendationAudience(evidence.visibility, evidence.activity));
  return {
    id: row.id,
    status: row.status,
    date: day(row.date),
    visibility: row.visibility,
    rcp: row.rcp,
    memberStates: row.actors.map((actor) => actor.participant.code),
    evidenceText: row.evidenceText,
    evidenceUrl: row.evidenceUrl,
    evidenceDocument: isEvidenceVisible ? { id: evidence.id, title: evidence.title } : null,
    recordedBy: isHostView ? (row.recordedBy?.name ?? null) : null,
    recordedAt: row.recordedAt,
  };
}
export type TFollowUpView = ReturnType<typeof presentFollowUp>;

export const STATUS_SELECT = {
  statusHosts: true,
  statusSecretariats: true,
  statusPublic: true,
} as const;

export const statusOf = (
  row: Record<TStatusColumn, TRecommendationStatus>,
  column: TStatusColumn,
): TRecommendationStatus => row[column];

export const THEMES_SELECT = {
  select: { theme: { select: { slug: true, label: true } } },
  orderBy: { theme: { slug: "asc" } },
} as const;

export type TVisibilityRow = { visibility: TVisibility };
