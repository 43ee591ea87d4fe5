import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { ZFocalPointData } from "~/domain/focal-point/schema";
import { updateFocalPoint as update } from "~/server/focal-point/mutations";
import { focalPointManagerProcedure } from "./focal-point-manager";

/** Changes a focal point; a save based on an older version is a CONFLICT. */
export const updateFocalPoint = focalPointManagerProcedure
  .input(z.object({ version: ZVersion, data: ZFocalPointData }))
  .mutation(({ ctx, input }) =>
    update(ctx.db, {
      id: ctx.focalPoint.id,
      rcpId: ctx.focalPoint.rcpId,
      baseVersion: input.version,
      data: input.data,
      actorId: ctx.user.id,
    }),
  );
