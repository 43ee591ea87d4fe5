import { z } from "zod";
import { ZDocumentMetadata } from "~/domain/activity-document/schema";
import { ZVersion } from "~/domain/activity/schema";
import { updateDocument as update } from "~/server/activity-document/mutations";
import { documentManagerProcedure } from "./document-manager";

/** Changes a document's description (its file stays); a save based on an older version is a CONFLICT. */
export const updateDocument = documentManagerProcedure
  .input(z.object({ version: ZVersion, data: ZDocumentMetadata }))
  .mutation(({ ctx, input }) =>
    update(ctx.db, {
      documentId: ctx.document.id,
      baseVersion: input.version,
      data: input.data,
      actorId: ctx.user.id,
    }),
  );
