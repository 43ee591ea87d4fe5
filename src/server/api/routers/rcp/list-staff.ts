import { isAdmin } from "~/server/rcp/policy";
import { findStaffRcp, listStaff as listStaffMembers } from "~/server/rcp/staff";
import { rcpBySlugProcedure } from "../../trpc";

/** An RCP's secretariat staff, for its own members and administrators; others learn nothing. */
export const listStaff = rcpBySlugProcedure.query(async ({ ctx }) => {
  const [rcp, members] = await Promise.all([
    findStaffRcp(ctx.db, ctx.rcp.id),
    listStaffMembers(ctx.db, ctx.rcp.id),
  ]);
  return { rcp, callerRole: ctx.rcp.role, canGrantAdmin: isAdmin(ctx.access), members };
});
