import { z } from "zod";
import { ZRecordId } from "~/lib/record-id";
import { canWriteRecommendation } from "~/server/recommendation/policy";
import { listByDocument as list } from "~/server/recommendation/read";
import { documentReaderProcedure } from "./readers";

/** A document's recommendations by number, each with its status and the history the reader may read. */
export const listByDocument = documentReaderProcedure
  .input(z.object({ cursor: ZRecordId.optional() }))
  .query(async ({ ctx, input }) => {
    const page = await list(ctx.db, ctx.viewer, ctx.place.id, ctx.place.audience, input.cursor);
    const canEdit = ctx.viewer !== null && canWriteRecommendation(ctx.viewer, ctx.place.activity);
    return { ...page, canEdit };
  });
