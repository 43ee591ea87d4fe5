import { z } from "zod";
import { ZRecommendationFields } from "~/domain/recommendation/schema";
import { createRecommendation } from "~/server/recommendation/mutations";
import { documentWriterProcedure } from "./writers";

/** One recommendation entered by hand; a number already in the document is "numberTaken". */
export const create = documentWriterProcedure
  .input(z.object({ data: ZRecommendationFields }))
  .mutation(({ ctx, input }) =>
    createRecommendation(ctx.db, { documentId: ctx.place.id, data: input.data, actorId: ctx.user.id }),
  );
