import { historyOf } from "~/server/recommendation/read";
import { recommendationReaderProcedure } from "./readers";

/** One recommendation's status changes the reader may read, newest first. */
export const history = recommendationReaderProcedure.query(({ ctx, input }) =>
  historyOf(ctx.db, ctx.viewer, input.recommendationId, ctx.place.audience),
);
