import { z } from "zod";
import { ZActivityFields } from "~/domain/activity/schema";
import { createActivity as create } from "~/server/activity/mutations";
import { rcpEditorProcedure } from "../../trpc";

/** A new activity hosted by the caller's RCP. */
export const createActivity = rcpEditorProcedure
  .input(z.object({ activity: ZActivityFields }))
  .mutation(({ ctx, input }) =>
    create(ctx.db, { rcpId: ctx.rcp.id, fields: input.activity, actorId: ctx.user.id }),
  );
