// Rules of platform administration, as pure functions of the caller's access. Who is an
// administrator at all is decided once per procedure (adminProcedure); these are the finer rules.
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

/** Administrators disable others, never themselves: the platform must keep someone who can undo it. */
export const canDisableUser = (access: TAccess, userId: string) =>
  isAdmin(access) && access.userId !== userId;

/** Whether removing `userId` from the active administrators (`activeAdminIds`) leaves at least one. */
export const leavesAnAdmin = (activeAdminIds: readonly string[], userId: string) =>
  !activeAdminIds.includes(userId) || activeAdminIds.length > 1;

/**
 * The dev outbox holds live invitation and reset links: it exists only when mail is kept in the
 * database (DEV_OUTBOX), and only for administrators.
 */
export const canReadDevOutbox = (access: TAccess | null, outboxEnabled: boolean) =>
  outboxEnabled && access !== null && isAdmin(access);
