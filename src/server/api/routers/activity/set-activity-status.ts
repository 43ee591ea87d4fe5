import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { ACTIVITY_STATUSES } from "~/domain/activity/vocabulary";
import { setActivityStatus as setStatus } from "~/server/activity/mutations";
import { activityManagerProcedure } from "../../trpc";

/** Postpones, cancels or restores an activity, based on `version`. */
export const setActivityStatus = activityManagerProcedure
  .input(z.object({ version: ZVersion, status: z.enum(ACTIVITY_STATUSES) }))
  .mutation(({ ctx, input }) =>
    setStatus(ctx.db, {
      activityId: ctx.activity.id,
      baseVersion: input.version,
      status: input.status,
      actorId: ctx.user.id,
    }),
  );
