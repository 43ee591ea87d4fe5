// Who sees and who writes recommendations and their follow-up. No tier logic of its own: a
// recommendation is its document's audience (the narrower of document and activity, as
// activity-document/read.ts decides), a follow-up entry narrows that by its own tier, and both are
// judged by activity/policy.ts. The Prisma filters below state the same rule for lists.
import { narrowerVisibility } from "~/domain/activity-document/vocabulary";
import type { TVisibility } from "~/domain/activity/vocabulary";
import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import type { Prisma } from "~/generated/prisma/client";
import {
  canManageActivity,
  canSeeActivity,
  isSecretariatMember,
  type TActivityAudience,
} from "~/server/activity/policy";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

/** A recommendation's audience: its document's tier narrowed by the activity's, and the hosts. */
export function recommendationAudience(
  documentVisibility: TVisibility,
  activity: TActivityAudience,
): TActivityAudience {
  return {
    visibility: narrowerVisibility(documentVisibility, activity.visibility),
    hostRcpIds: activity.hostRcpIds,
  };
}

export const canSeeRecommendation = (access: TAccess | null, audience: TActivityAudience) =>
  canSeeActivity(access, audience);

export const canSeeFollowUp = (
  access: TAccess | null,
  audience: TActivityAudience,
  followUpVisibility: TVisibility,
) =>
  canSeeActivity(access, {
    visibility: narrowerVisibility(followUpVisibility, audience.visibility),
    hostRcpIds: audience.hostRcpIds,
  });

/** Recommendations and their follow-up are written by editors of a host, and administrators. */
export const canWriteRecommendation = (access: TAccess, audience: TActivityAudience) =>
  canManageActivity(access, audience);

/** Follow-up is recorded in the name of one host the writer edits (any host, for an administrator). */
export const canActForHost = (access: TAccess, audience: TActivityAudience, rcpId: string) =>
  audience.hostRcpIds.includes(rcpId) && (isAdmin(access) || access.rcpRoles[rcpId] === "EDITOR");

/** A follow-up entry may narrow its recommendation's tier, never widen it. */
export const isFollowUpWithin = (followUp: TVisibility, recommendation: TVisibility) =>
  narrowerVisibility(followUp, recommendation) === followUp;

export type TStatusColumn = "statusHosts" | "statusSecretariats" | "statusPublic";

/**
 * Which kept status a reader gets: the latest entry they may read. Hosts and administrators read
 * every entry; other secretariats the public and all-secretariats ones; everyone else the public ones.
 */
export function statusColumnFor(access: TAccess | null, hostRcpIds: readonly string[]): TStatusColumn {
  if (access && (isAdmin(access) || hostRcpIds.some((id) => id in access.rcpRoles))) return "statusHosts";
  return isSecretariatMember(access) ? "statusSecretariats" : "statusPublic";
}

/** The kept statuses a new entry of this tier becomes the latest readable entry of. */
export function statusColumnsReached(visibility: TVisibility): TStatusColumn[] {
  switch (visibility) {
    case "PUBLIC":
      return ["statusHosts", "statusSecretariats", "statusPublic"];
    case "ALL_SECRETARIATS":
      return ["statusHosts", "statusSecretariats"];
    case "HOSTS":
      return ["statusHosts"];
  }
}

const memberRcpIds = (access: TAccess) => Object.keys(access.rcpRoles);

/** canSeeRecommendation as a filter: both the document's and the activity's tier must admit the reader. */
export function visibleRecommendationsWhere(access: TAccess | null): Prisma.RecommendationWhereInput {
  if (access && isAdmin(access)) return {};
  if (!access || !isSecretariatMember(access)) {
    return { document: { visibility: "PUBLIC", activity: { visibility: "PUBLIC" } } };
  }
  const hosted = { hostRcpIds: { hasSome: memberRcpIds(access) } };
  const wide = { in: ["PUBLIC", "ALL_SECRETARIATS"] as TVisibility[] };
  return {
    document: {
      OR: [{ visibility: wide }, { visibility: "HOSTS", activity: hosted }],
      activity: { OR: [{ visibility: wide }, { visibility: "HOSTS", ...hosted }] },
    },
  };
}

/** Recommendations whose status, as this reader sees it, is one of `statuses`. */
export function statusWhere(
  access: TAccess | null,
  statuses: readonly TRecommendationStatus[],
): Prisma.RecommendationWhereInput {
  const among = { in: [...statuses] };
  if (access && isAdmin(access)) return { statusHosts: among };
  if (!access || !isSecretariatMember(access)) return { statusPublic: among };
  const hosted = { document: { activity: { hostRcpIds: { hasSome: memberRcpIds(access) } } } };
  return {
    OR: [
      { ...hosted, statusHosts: among },
      { NOT: hosted, statusSecretariats: among },
    ],
  };
}

/** Follow-up entries this reader may read, given they may read the recommendation. */
export function visibleFollowUpsWhere(
  access: TAccess | null,
  hostRcpIds: readonly string[],
): Prisma.RecommendationFollowUpWhereInput {
  const column = statusColumnFor(access, hostRcpIds);
  if (column === "statusHosts") return {};
  if (column === "statusSecretariats") return { visibility: { in: ["PUBLIC", "ALL_SECRETARIATS"] } };
  return { visibility: "PUBLIC" };
}
