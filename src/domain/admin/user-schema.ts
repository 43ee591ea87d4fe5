import { z } from "zod";
import { choice, line, optional, ZId } from "./fields";

export const PLATFORM_ROLES = ["USER", "ADMIN"] as const;
export const RCP_ROLES = ["EDITOR", "VIEWER"] as const;
export const USER_STATUSES = ["active", "disabled"] as const;
export const USERS_PER_PAGE = 25;

export type TPlatformRole = (typeof PLATFORM_ROLES)[number];
export type TRcpRole = (typeof RCP_ROLES)[number];

/** The users table's filters: the filter form, the page's address and the procedure share them. */
const userFilterShape = {
  /** Part of an email address or name. */
  q: optional(line(200)),
  rcpId: optional(ZId),
  platformRole: optional(z.enum(PLATFORM_ROLES, { error: "invalid" })),
  rcpRole: optional(z.enum(RCP_ROLES, { error: "invalid" })),
  status: optional(z.enum(USER_STATUSES, { error: "invalid" })),
};

export const ZUserFilters = z.object(userFilterShape);
export type TUserFiltersForm = z.input<typeof ZUserFilters>;
export type TUserFilters = z.output<typeof ZUserFilters>;

export const ZListUsersInput = z.object({
  ...userFilterShape,
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(USERS_PER_PAGE),
});
export type TListUsersInput = z.output<typeof ZListUsersInput>;

/** The page of pending invitations shown under the users page's invite form, in its address. */
export const ZInvitationsPageParams = z.object({
  invitationsPage: z.number().int().min(1).max(100_000).default(1),
});

export const ZUserIdInput = z.object({ userId: ZId });

export const ZSetPlatformRoleInput = z.object({
  userId: ZId,
  role: z.enum(PLATFORM_ROLES, { error: "required" }),
});
export type TSetPlatformRoleInput = z.output<typeof ZSetPlatformRoleInput>;

export const ZSetRcpRoleInput = z.object({ userId: ZId, rcpId: ZId, role: choice(RCP_ROLES) });
export type TSetRcpRoleInput = z.output<typeof ZSetRcpRoleInput>;

export const ZRemoveRcpRoleInput = z.object({ userId: ZId, rcpId: ZId });
export type TRemoveRcpRoleInput = z.output<typeof ZRemoveRcpRoleInput>;
