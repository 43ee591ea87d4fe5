import { ZDocumentIdInput, ZRecommendationRef } from "~/domain/recommendation/schema";
import { carriesRecommendations } from "~/domain/recommendation/vocabulary";
import {
  findDocumentPlace,
  findRecommendationPlace,
  type TDocumentPlace,
} from "~/server/recommendation/audience";
import { canSeeRecommendation, canWriteRecommendation } from "~/server/recommendation/policy";
import { DomainError } from "~/server/errors";
import type { TAccess } from "~/server/user/access";
import { protectedProcedure } from "../../trpc";

/**
 * Whoever may not see the document learns nothing (NOT_FOUND); a reader who is not an editor of a
 * host is refused with a reason the form shows; only outcomes that recommend carry recommendations.
 */
function checkWriter(access: TAccess, place: TDocumentPlace | null): TDocumentPlace {
  if (!place || !canSeeRecommendation(access, place.audience)) throw new DomainError("NOT_FOUND");
  if (!canWriteRecommendation(access, place.activity)) {
    throw new DomainError("FORBIDDEN", "notHostOfRecommendation");
  }
  if (!carriesRecommendations(place.kind)) throw new DomainError("BAD_REQUEST", "notRecommendationDocument");
  return place;
}

/** Adding to a document (input `documentId`). */
export const documentWriterProcedure = protectedProcedure
  .input(ZDocumentIdInput)
  .use(async ({ ctx, input, next }) => {
    const place = checkWriter(ctx.access, await findDocumentPlace(ctx.db, input.documentId));
    return next({ ctx: { place } });
  });

/** Changing one recommendation (input `recommendationId`). */
export const recommendationWriterProcedure = protectedProcedure
  .input(ZRecommendationRef)
  .use(async ({ ctx, input, next }) => {
    const found = await findRecommendationPlace(ctx.db, input.recommendationId);
    const place = checkWriter(ctx.access, found?.document ?? null);
    return next({ ctx: { place } });
  });
