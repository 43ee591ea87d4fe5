import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { deleteDocument as remove } from "~/server/activity-document/mutations";
import { documentManagerProcedure } from "./document-manager";

/** Deletes a document as it was at `version`, and its file once that is committed. */
export const deleteDocument = documentManagerProcedure
  .input(z.object({ version: ZVersion }))
  .mutation(async ({ ctx, input }) => {
    await remove(ctx.db, ctx.storage, {
      documentId: ctx.document.id,
      baseVersion: input.version,
      actorId: ctx.user.id,
    });
    return { deleted: true as const };
  });
