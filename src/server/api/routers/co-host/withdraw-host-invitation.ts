import { z } from "zod";
import { withdrawHostInvitation as withdraw } from "~/server/activity/hosts";
import { ZRecordId } from "~/lib/record-id";
import { activityManagerProcedure } from "../../trpc";

/** Takes back an invitation the RCP has not answered. */
export const withdrawHostInvitation = activityManagerProcedure
  .input(z.object({ rcpId: ZRecordId }))
  .mutation(async ({ ctx, input }) => {
    await withdraw(ctx.db, { activityId: ctx.activity.id, rcpId: input.rcpId, actorId: ctx.user.id });
    return { withdrawn: true as const };
  });
