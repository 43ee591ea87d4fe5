// Who is warned about an existing activity: the staff of its hosts (they plan it together) and
// administrators. Others who may see the activity have no plan to compare.
import type { TActivityAudience } from "~/server/activity/policy";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

export function canSeeDuplicateEfforts(access: TAccess, activity: TActivityAudience): boolean {
  return isAdmin(access) || activity.hostRcpIds.some((id) => Object.hasOwn(access.rcpRoles, id));
}
