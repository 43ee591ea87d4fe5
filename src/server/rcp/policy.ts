// Who may do what with an RCP. Pure functions of the caller's access, decided once per procedure.
import type { TAccess, TRcpRole } from "~/server/user/access";

export const isAdmin = (access: TAccess) => access.platformRole === "ADMIN";

/** The caller's effective role in an RCP; administrators act as editors everywhere. */
export function rcpRoleOf(access: TAccess, rcpId: string): TRcpRole | null {
  if (isAdmin(access)) return "EDITOR";
  // An own key only: an id such as "constructor" names a property every object inherits.
  return Object.hasOwn(access.rcpRoles, rcpId) ? (access.rcpRoles[rcpId] ?? null) : null;
}

export const canEditProfile = (access: TAccess, rcpId: string) => rcpRoleOf(access, rcpId) === "EDITOR";

/** Editors invite colleagues to their own RCP; only administrators grant platform-wide rights. */
export function canInvite(
  access: TAccess,
  target: { rcpId: string | null; isPlatformAdmin: boolean },
): boolean {
  if (isAdmin(access)) return true;
  if (target.isPlatformAdmin || !target.rcpId) return false;
  return canEditProfile(access, target.rcpId);
}
