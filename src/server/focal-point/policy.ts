// Who may see and who may keep an RCP's focal points: one rule, stated as a test on one entry and
// as the database filter every list uses. policy.test.ts holds them to each other.
import type { Prisma } from "~/generated/prisma/client";
import type { TFocalPointVisibility } from "~/domain/focal-point/schema";
import { isSecretariatMember } from "~/server/activity/policy";
import { isAdmin, rcpRoleOf } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

export type TFocalPointAudience = { rcpId: string; visibility: TFocalPointVisibility };

/**
 * Focal points are personal data for secretariats: anonymous visitors and signed-in people of no
 * secretariat (invited participants) read none, whatever the entry's tier.
 */
export const canReadFocalPoints = (access: TAccess | null): access is TAccess => isSecretariatMember(access);

export function canSeeFocalPoint(access: TAccess | null, entry: TFocalPointAudience): boolean {
  if (!canReadFocalPoints(access)) return false;
  if (rcpRoleOf(access, entry.rcpId)) return true;
  return entry.visibility === "ALL_SECRETARIATS";
}

/** The RCP's editors keep its focal points; administrators act as editors everywhere. */
export const canEditFocalPoints = (access: TAccess, rcpId: string) => rcpRoleOf(access, rcpId) === "EDITOR";

/** canSeeFocalPoint as a filter; null when the reader may see none at all. */
export function visibleFocalPointsWhere(access: TAccess | null): Prisma.FocalPointWhereInput | null {
  if (!canReadFocalPoints(access)) return null;
  if (isAdmin(access)) return {};
  return {
    OR: [{ visibility: "ALL_SECRETARIATS" }, { rcpId: { in: Object.keys(access.rcpRoles) } }],
  };
}
