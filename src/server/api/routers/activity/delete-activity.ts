import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { deleteActivity as remove } from "~/server/activity/mutations";
import { activityManagerProcedure } from "../../trpc";

/** Deletes an activity as it was at `version`: a changed one is a CONFLICT, not a silent loss. */
export const deleteActivity = activityManagerProcedure
  .input(z.object({ version: ZVersion }))
  .mutation(async ({ ctx, input }) => {
    await remove(
      ctx.db,
      { activityId: ctx.activity.id, baseVersion: input.version, actorId: ctx.user.id },
      ctx.storage,
    );
    return { deleted: true as const };
  });
