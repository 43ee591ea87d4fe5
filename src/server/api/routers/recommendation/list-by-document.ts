import { z } from "zod";
import { ZRecordId } from "~/lib/record-id";
import { evidenceDocumentsFor } from "~/server/recommendation/evidence-documents";
import { canWriteRecommendation } from "~/server/recommendation/policy";
import { actingHostsFor, documentHeading, listByDocument as list } from "~/server/recommendation/read";
import { documentReaderProcedure } from "./readers";

/** A document's recommendations by number, each with its status and the history the reader may read. */
export const listByDocument = documentReaderProcedure
  .input(z.object({ cursor: ZRecordId.optional() }))
  .query(async ({ ctx, input }) => {
    const [page, document] = await Promise.all([
      list(ctx.db, ctx.viewer, ctx.place.id, ctx.place.audience, input.cursor),
      documentHeading(ctx.db, ctx.place.id),
    ]);
    const canEdit = ctx.viewer !== null && canWriteRecommendation(ctx.viewer, ctx.place.activity);
    // Editors get the hosts they may record follow-up for, with the states those may name, and the
    // documents they may cite as evidence.
    const [actingHosts, evidenceDocuments] =
      ctx.viewer && canEdit
        ? await Promise.all([
            actingHostsFor(ctx.db, ctx.viewer, ctx.place.activity.hostRcpIds),
            evidenceDocumentsFor(ctx.db, ctx.viewer, ctx.place.activityId),
          ])
        : [[], []];
    return {
      ...page,
      document: { ...document, visibility: ctx.place.audience.visibility },
      canEdit,
      actingHosts,
      evidenceDocuments,
    };
  });
