// Who may see and change whose registration: the one place that decides it, as pure functions of
// the caller's access. Hosts (editors and viewers of every accepted host) co-own the event and see
// every participant; a host with a seat quota decides about its own nominees, any host editor about
// the others; the nominating secretariat's editors see and act for their nominees; a person sees
// their own registration. Everyone else sees counts at most, as the activity's tier allows.
import { canManageActivity, type TActivityAudience } from "~/server/activity/policy";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

/** An activity as far as registration is concerned: its audience and the hosts holding a quota. */
export type TRegistrationAudience = TActivityAudience & { quotaRcpIds: readonly string[] };

/** A registration as far as access to it is concerned. */
export type TRegistrationOwner = { nominatingRcpId: string | null; userId: string | null };

/** Members of any accepted host, and administrators: they see every participant's data. */
export const isHostMember = (access: TAccess, audience: TActivityAudience) =>
  isAdmin(access) || audience.hostRcpIds.some((id) => id in access.rcpRoles);

const isNominatingEditor = (access: TAccess, owner: TRegistrationOwner) =>
  owner.nominatingRcpId !== null && access.rcpRoles[owner.nominatingRcpId] === "EDITOR";

const isThePerson = (access: TAccess, owner: TRegistrationOwner) =>
  owner.userId !== null && owner.userId === access.userId;

/** The host whose editors alone decide about a nominee: the nominating RCP, when it holds a quota. */
export function decidingHost(audience: TRegistrationAudience, owner: TRegistrationOwner): string | null {
  const rcpId = owner.nominatingRcpId;
  return rcpId !== null && audience.quotaRcpIds.includes(rcpId) ? rcpId : null;
}

/** Approve or reject. */
export function canDecide(
  access: TAccess,
  audience: TRegistrationAudience,
  owner: TRegistrationOwner,
): boolean {
  if (isAdmin(access)) return true;
  const host = decidingHost(audience, owner);
  return host ? access.rcpRoles[host] === "EDITOR" : canManageActivity(access, audience);
}

export function canSeeRegistration(
  access: TAccess,
  audience: TRegistrationAudience,
  owner: TRegistrationOwner,
): boolean {
  return isHostMember(access, audience) || isThePerson(access, owner) || isNominatingEditor(access, owner);
}

/** Withdraw, or undo a withdrawal: the person, their nominating editors, and who decides about them. */
export function canWithdraw(
  access: TAccess,
  audience: TRegistrationAudience,
  owner: TRegistrationOwner,
): boolean {
  return (
    isThePerson(access, owner) || isNominatingEditor(access, owner) || canDecide(access, audience, owner)
  );
}

/** A new private link: host editors and the nominating editors. */
export function canResendLink(
  access: TAccess,
  audience: TRegistrationAudience,
  owner: TRegistrationOwner,
): boolean {
  return canManageActivity(access, audience) || isNominatingEditor(access, owner);
}

/**
 * Whose registrations the participant list shows the caller: all of them to hosts, the nominees of
 * the RCPs they edit to other secretariats' editors, nothing (null: refused) to anyone else.
 */
export function participantScope(access: TAccess, audience: TActivityAudience): "ALL" | string[] | null {
  if (isHostMember(access, audience)) return "ALL";
  const edited = Object.entries(access.rcpRoles)
    .filter(([, role]) => role === "EDITOR")
    .map(([rcpId]) => rcpId);
  return edited.length > 0 ? edited : null;
}

/** Registering oneself: for an RCP one belongs to, or (administrators, who act for any) for none. */
export function canRegisterFor(access: TAccess, rcpId: string | null): boolean {
  // An own key only: "constructor" is in every object.
  return isAdmin(access) || (rcpId !== null && Object.hasOwn(access.rcpRoles, rcpId));
}
