import { ZHostRefInput } from "~/domain/activity/hosts";
import { answerHostInvitation } from "~/server/activity/hosts";
import { rcpEditorProcedure } from "../../trpc";

/** An editor of the invited RCP accepts: the RCP hosts the activity from now on, equally. */
export const acceptHostInvitation = rcpEditorProcedure.input(ZHostRefInput).mutation(({ ctx, input }) =>
  answerHostInvitation(ctx.db, {
    activityId: input.activityId,
    rcpId: ctx.rcp.id,
    actorId: ctx.user.id,
    isAccepted: true,
  }),
);
