import { isAdmin } from "~/server/rcp/policy";
import { ZStaffRoleInput } from "~/domain/staff/schema";
import { setStaffRole as setRole } from "~/server/rcp/staff-mutations";
import { rcpEditorProcedure } from "../../trpc";

/** An editor makes a colleague (or themself, while another editor remains) an editor or a viewer. */
export const setStaffRole = rcpEditorProcedure.input(ZStaffRoleInput).mutation(({ ctx, input }) =>
  setRole(ctx.db, {
    actorId: ctx.user.id,
    isActorAdmin: isAdmin(ctx.access),
    rcpId: ctx.rcp.id,
    userId: input.userId,
    role: input.role,
  }),
);
