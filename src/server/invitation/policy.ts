// Who may issue, resend or withdraw an invitation, with the answer house style asks for: callers
// outside the RCP's secretariat learn nothing (NOT_FOUND), members without the right are FORBIDDEN.
import { canInvite, isAdmin, rcpRoleOf } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

export type TInvitationTarget = { rcpId: string | null; isPlatformAdmin: boolean };

export function invitationDecision(
  access: TAccess,
  target: TInvitationTarget,
): "ALLOWED" | "FORBIDDEN" | "NOT_FOUND" {
  if (canInvite(access, target)) return "ALLOWED";
  if (!isAdmin(access) && target.rcpId && !rcpRoleOf(access, target.rcpId)) return "NOT_FOUND";
  return "FORBIDDEN";
}

/**
 * An existing invitation is managed by whoever could issue it. Invitations outside the caller's
 * reach (another RCP, or platform-wide ones for a non-administrator) do not exist for them.
 */
export function manageInvitationDecision(
  access: TAccess,
  target: TInvitationTarget,
): "ALLOWED" | "FORBIDDEN" | "NOT_FOUND" {
  if (!isAdmin(access) && !target.rcpId) return "NOT_FOUND";
  return invitationDecision(access, target);
}
