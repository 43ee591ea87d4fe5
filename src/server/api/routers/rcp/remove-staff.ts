import { isAdmin } from "~/server/rcp/policy";
import { ZStaffMemberInput } from "~/domain/staff/schema";
import { removeStaff as remove } from "~/server/rcp/staff-mutations";
import { rcpEditorProcedure } from "../../trpc";

/** An editor takes a colleague (or themself, while another editor remains) off the secretariat. */
export const removeStaff = rcpEditorProcedure.input(ZStaffMemberInput).mutation(({ ctx, input }) =>
  remove(ctx.db, {
    actorId: ctx.user.id,
    isActorAdmin: isAdmin(ctx.access),
    rcpId: ctx.rcp.id,
    userId: input.userId,
  }),
);
