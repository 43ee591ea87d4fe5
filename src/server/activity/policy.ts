// Who may see and who may manage an activity: one rule, stated twice — as a test on one activity
// and as the database filter every list and count uses. policy.test.ts holds them to each other.
import type { Prisma } from "~/generated/prisma/client";
import type { TVisibility } from "~/domain/activity/vocabulary";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

/** An activity as far as its audience is concerned: its tier and the RCPs that accepted to host it. */
export type TActivityAudience = { visibility: TVisibility; hostRcpIds: readonly string[] };

const secretariatRcpIds = (access: TAccess) => Object.keys(access.rcpRoles);

/** A member of any secretariat, or an administrator. */
export const isSecretariatMember = (access: TAccess | null) =>
  access !== null && (isAdmin(access) || secretariatRcpIds(access).length > 0);

export function canSeeActivity(access: TAccess | null, activity: TActivityAudience): boolean {
  switch (activity.visibility) {
    case "PUBLIC":
      return true;
    case "ALL_SECRETARIATS":
      return isSecretariatMember(access);
    case "HOSTS":
      return access !== null && (isAdmin(access) || activity.hostRcpIds.some((id) => id in access.rcpRoles));
  }
}

/** Editors of any accepted host manage the activity equally; administrators too. */
export function canManageActivity(access: TAccess, activity: TActivityAudience): boolean {
  return isAdmin(access) || activity.hostRcpIds.some((id) => access.rcpRoles[id] === "EDITOR");
}

/**
 * The host whose management pages the reader manages the activity from: the first of its hosts
 * they edit (the first host, for an administrator); null when they may not manage it.
 */
export function managingHostId(access: TAccess, hostRcpIds: readonly string[]): string | null {
  return hostRcpIds.find((id) => isAdmin(access) || access.rcpRoles[id] === "EDITOR") ?? null;
}

/** The hosts that count: those that accepted. */
export const ACCEPTED_HOST = { status: "ACCEPTED" } as const satisfies Prisma.ActivityRcpWhereInput;

/**
 * canSeeActivity as a filter: every query that lists, counts or finds activities goes through it.
 * The hosts it tests are the activity's own copy of its accepted hosts ("hostRcpIds", which the
 * database keeps in step with ActivityRcp): one condition on the row instead of a join per row.
 */
export function visibleActivitiesWhere(access: TAccess | null): Prisma.ActivityWhereInput {
  if (access && isAdmin(access)) return {};
  if (!isSecretariatMember(access) || !access) return { visibility: "PUBLIC" };
  return {
    OR: [
      { visibility: { in: ["PUBLIC", "ALL_SECRETARIATS"] } },
      { visibility: "HOSTS", hostRcpIds: { hasSome: secretariatRcpIds(access) } },
    ],
  };
}
