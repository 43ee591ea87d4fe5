import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { removeFocalPoint as remove } from "~/server/focal-point/mutations";
import { focalPointManagerProcedure } from "./focal-point-manager";

/** Deletes the entry for good (personal data); the audit log keeps who removed which one. */
export const removeFocalPoint = focalPointManagerProcedure
  .input(z.object({ version: ZVersion }))
  .mutation(({ ctx, input }) =>
    remove(ctx.db, {
      id: ctx.focalPoint.id,
      rcpId: ctx.focalPoint.rcpId,
      baseVersion: input.version,
      actorId: ctx.user.id,
    }),
  );
