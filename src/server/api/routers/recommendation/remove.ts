import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { removeRecommendation } from "~/server/recommendation/mutations";
import { recommendationWriterProcedure } from "./writers";

/** Deletes a recommendation as it was at `version`, with its follow-up history. */
export const remove = recommendationWriterProcedure
  .input(z.object({ version: ZVersion }))
  .mutation(({ ctx, input }) =>
    removeRecommendation(ctx.db, { recommendationId: input.recommendationId, baseVersion: input.version }),
  );
