import { z } from "zod";
import { ZActivityFields, ZVersion } from "~/domain/activity/schema";
import { updateActivity as update } from "~/server/activity/mutations";
import { activityManagerProcedure } from "../../trpc";

/** Saves every field, based on `version`; a save based on an older version is a CONFLICT. */
export const updateActivity = activityManagerProcedure
  .input(z.object({ version: ZVersion, activity: ZActivityFields }))
  .mutation(({ ctx, input }) =>
    update(ctx.db, {
      activityId: ctx.activity.id,
      baseVersion: input.version,
      fields: input.activity,
      actorId: ctx.user.id,
    }),
  );
