import { ZHostRefInput } from "~/domain/activity/hosts";
import { leaveActivity as leave } from "~/server/activity/hosts";
import { rcpEditorProcedure } from "../../trpc";

/** An editor of a host RCP takes it off the activity; the last host stays (CONFLICT lastHost). */
export const leaveActivity = rcpEditorProcedure
  .input(ZHostRefInput)
  .mutation(({ ctx, input }) =>
    leave(ctx.db, { activityId: input.activityId, rcpId: ctx.rcp.id, actorId: ctx.user.id }),
  );
