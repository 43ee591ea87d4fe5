import { ZDocumentIdInput, ZRecommendationRef } from "~/domain/recommendation/schema";
import { findDocumentPlace, findRecommendationPlace } from "~/server/recommendation/audience";
import { canSeeRecommendation } from "~/server/recommendation/policy";
import { DomainError } from "~/server/errors";
import { readerProcedure } from "../../trpc";

/** Reading what a document carries (input `documentId`): a document the reader may not see does not exist. */
export const documentReaderProcedure = readerProcedure
  .input(ZDocumentIdInput)
  .use(async ({ ctx, input, next }) => {
    const place = await findDocumentPlace(ctx.db, input.documentId);
    if (!place || !canSeeRecommendation(ctx.viewer, place.audience)) throw new DomainError("NOT_FOUND");
    return next({ ctx: { place } });
  });

/** Reading one recommendation (input `recommendationId`). */
export const recommendationReaderProcedure = readerProcedure
  .input(ZRecommendationRef)
  .use(async ({ ctx, input, next }) => {
    const found = await findRecommendationPlace(ctx.db, input.recommendationId);
    if (!found || !canSeeRecommendation(ctx.viewer, found.document.audience))
      throw new DomainError("NOT_FOUND");
    return next({ ctx: { place: found.document } });
  });
