import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { ZFollowUpFields } from "~/domain/recommendation/schema";
import { setStatus as record } from "~/server/recommendation/follow-up";
import { recommendationWriterProcedure } from "./writers";

/** Records a status change (a follow-up entry); the history keeps every earlier one. */
export const setStatus = recommendationWriterProcedure
  .input(z.object({ version: ZVersion, data: ZFollowUpFields }))
  .mutation(({ ctx, input }) =>
    record(ctx.db, {
      recommendationId: input.recommendationId,
      baseVersion: input.version,
      data: input.data,
      audience: ctx.place.audience,
      access: ctx.access,
    }),
  );
