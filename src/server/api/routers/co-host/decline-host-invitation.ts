import { ZHostRefInput } from "~/domain/activity/hosts";
import { answerHostInvitation } from "~/server/activity/hosts";
import { rcpEditorProcedure } from "../../trpc";

/** An editor of the invited RCP declines; the owner may invite it again. */
export const declineHostInvitation = rcpEditorProcedure.input(ZHostRefInput).mutation(({ ctx, input }) =>
  answerHostInvitation(ctx.db, {
    activityId: input.activityId,
    rcpId: ctx.rcp.id,
    actorId: ctx.user.id,
    isAccepted: false,
  }),
);
