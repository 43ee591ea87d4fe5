import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { ZRecommendationFields } from "~/domain/recommendation/schema";
import { updateRecommendation } from "~/server/recommendation/mutations";
import { recommendationWriterProcedure } from "./writers";

/** Changes a recommendation's number, text or themes; a save based on an older version is a CONFLICT. */
export const update = recommendationWriterProcedure
  .input(z.object({ version: ZVersion, data: ZRecommendationFields }))
  .mutation(({ ctx, input }) =>
    updateRecommendation(ctx.db, {
      recommendationId: input.recommendationId,
      baseVersion: input.version,
      data: input.data,
    }),
  );
