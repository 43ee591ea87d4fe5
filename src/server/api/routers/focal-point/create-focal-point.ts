import { z } from "zod";
import { ZFocalPointData } from "~/domain/focal-point/schema";
import { createFocalPoint as create } from "~/server/focal-point/mutations";
import { rcpEditorProcedure } from "../../trpc";

/** Adds a focal point to the RCP (input `rcpId`), for one of its current members or observers. */
export const createFocalPoint = rcpEditorProcedure
  .input(z.object({ data: ZFocalPointData }))
  .mutation(({ ctx, input }) =>
    create(ctx.db, { rcpId: ctx.rcp.id, data: input.data, actorId: ctx.user.id }),
  );
