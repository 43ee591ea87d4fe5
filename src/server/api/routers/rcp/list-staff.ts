import { DomainError } from "~/server/errors";
import { isAdmin, rcpRoleOf } from "~/server/rcp/policy";
import { findRcpBySlug, listStaff as listStaffMembers } from "~/server/rcp/staff";
import { protectedProcedure } from "../../trpc";
import { ZRcpSlugInput } from "~/domain/rcp/schema";

/** An RCP's secretariat staff, for its own members and administrators; others learn nothing. */
export const listStaff = protectedProcedure.input(ZRcpSlugInput).query(async ({ ctx, input }) => {
  const rcp = await findRcpBySlug(ctx.db, input.slug);
  const role = rcp ? rcpRoleOf(ctx.access, rcp.id) : null;
  if (!rcp || !role) throw new DomainError("NOT_FOUND");
  return {
    rcp,
    callerRole: role,
    canGrantAdmin: isAdmin(ctx.access),
    members: await listStaffMembers(ctx.db, rcp.id),
  };
});
