import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { ZFocalPointDay } from "~/domain/focal-point/schema";
import { endFocalPoint as end } from "~/server/focal-point/mutations";
import { focalPointManagerProcedure } from "./focal-point-manager";

/** Keeps the person as a former focal point from the given day. */
export const endFocalPoint = focalPointManagerProcedure
  .input(z.object({ version: ZVersion, endedAt: ZFocalPointDay }))
  .mutation(({ ctx, input }) =>
    end(ctx.db, {
      id: ctx.focalPoint.id,
      rcpId: ctx.focalPoint.rcpId,
      baseVersion: input.version,
      endedAt: input.endedAt,
      actorId: ctx.user.id,
    }),
  );
